#!/usr/bin/env bash
# Copies every .topo under tests/ and examples/ into one flat folder: the fuzzer's seed corpus.
# Usage: fuzz/seed.sh DIR   (default fuzz/out/seeds). Names keep the source path, '/' as '__'.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$repo/fuzz/out/seeds}"
rm -rf "$out"
mkdir -p "$out"
cd "$repo"
count=0
while IFS= read -r -d '' file; do
  cp "$file" "$out/$(printf '%s' "$file" | sed 's|/|__|g')"
  count=$((count + 1))
done < <(find tests examples -name '*.topo' -type f -print0 | sort -z)
echo "seed.sh: $count seeds in $out"
