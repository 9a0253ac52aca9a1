# How long the file system takes to create 100,000 files of 3 KB in 5,000 folders, the way
# topo build writes them (create a temporary file, write, close, rename), with nothing else to
# compute: the floor under the writing of a fleet's build. docs/performance.md, "Creating
# 100,000 files". Usage: python3 bench/create-files.py EMPTY_FOLDER
import os, sys, time
root = sys.argv[1]
data = b"x" * 3000
start = time.time()
for f in range(5000):
    os.makedirs(f"{root}/d{f}", exist_ok=True)
for i in range(100000):
    d = f"{root}/d{i % 5000}"
    tmp = f"{d}/.f{i}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.rename(tmp, f"{d}/f{i}.xml")
print(f"{root}: {time.time() - start:.1f} s")
