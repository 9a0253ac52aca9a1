#!/usr/bin/env bash
# Fuzzes the compiler with afl-fuzz for SECONDS seconds (docs/robustness.md).
#
#   fuzz/run.sh SECONDS            fresh run: build, instrument, seed, fuzz
#   RESUME=1 fuzz/run.sh SECONDS   go on from fuzz/out/findings (same corpus, same queue)
#
# Needs afl-fuzz (Debian: apt-get install afl++) and the .NET SDK; installs the SharpFuzz
# instrumentation tool into fuzz/out/tools. Everything it writes is under fuzz/out/ (ignored by
# git). Findings land in fuzz/out/findings/default/{crashes,hangs}; replay them with
#   dotnet fuzz/out/bin/TopoLang.Fuzz.dll --replay fuzz/out/findings/default/crashes
# and keep each fixed one under tests/TopoLang.Tests/Cases/fuzz/.
set -euo pipefail

seconds="${1:?usage: fuzz/run.sh SECONDS}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/fuzz/out"
tools="$out/tools"
bin="$out/bin"
findings="$out/findings"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v afl-fuzz >/dev/null || { echo "run.sh: afl-fuzz is missing (apt-get install afl++)" >&2; exit 2; }

if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version 2.3.0
fi

# A fresh publish each time: instrumentation rewrites the assemblies in place, and twice fails.
rm -rf "$bin"
nice -n 10 dotnet publish "$repo/fuzz/TopoLang.Fuzz/TopoLang.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet
for assembly in TopoLang.Compiler.dll TopoLang.Runtime.dll; do
  "$tools/sharpfuzz" "$bin/$assembly"
done

if [ "${RESUME:-0}" = "1" ] && [ -d "$findings/default/queue" ]; then
  input=-
else
  rm -rf "$findings"
  "$repo/fuzz/seed.sh" "$out/seeds"
  input="$out/seeds"
fi

# -t 2000: a case over 2 s is a hang. -m none: the runtime reserves far more address space
# than it uses; FuzzTarget's allocation budget guards memory instead. The target is not
# instrumented itself (dotnet runs it), hence AFL_SKIP_BIN_CHECK.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1
exec nice -n 10 afl-fuzz -i "$input" -o "$findings" -t 2000 -m none -V "$seconds" \
  -x "$repo/fuzz/topo.dict" -- dotnet "$bin/TopoLang.Fuzz.dll"
