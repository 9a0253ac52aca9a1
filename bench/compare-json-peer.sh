#!/usr/bin/env bash
# Issue 15: the published `topo check` against bench/TopoLang.JsonPeer, a System.Text.Json
# loader that runs the same checks on the same fleet written as JSON (docs/performance.md).
#   1. generates the fleet (GUESTS, 100,000 by default) as .topo and as JSON;
#   2. publishes both as `topo` is published for users (Release, compiled ahead of time for the machine's RID;
#      needs clang and zlib1g-dev, which eng/install-test-tools.sh installs);
#   3. checks that both find nothing (exit 0), then runs both N times (RUNS, 7 by default),
#      alternating which goes first, each a whole process under /usr/bin/time;
#   4. prints each run, the medians, and topo / peer for wall time and peak RSS.
# Usage: bench/compare-json-peer.sh [GUESTS]     (RUNS=5 bench/compare-json-peer.sh for fewer runs)
set -euo pipefail
cd "$(dirname "$0")/.."
guests=${1:-100000}
runs=${RUNS:-7}
if [ ! -x /usr/bin/time ]; then
  echo "needs GNU time at /usr/bin/time (Debian/Ubuntu: apt-get install time)" >&2
  exit 2
fi
work=$(mktemp -d /tmp/topo-json-peer.XXXXXX)
trap 'rm -rf "$work"' EXIT
export MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false DOTNET_CLI_USE_MSBUILD_SERVER=0
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')

dotnet run -c Release --project bench/TopoLang.Generator -- "$guests" "$work/fleet.topo" --json "$work/fleet.json" --stats
ls -l "$work/fleet.topo" "$work/fleet.json" | awk '{print $5, $NF}'
dotnet publish src/Cli -c Release -r "$rid" -o "$work/topo" -nologo -v:q >/dev/null
dotnet publish bench/TopoLang.JsonPeer -c Release -r "$rid" -o "$work/peer" -nologo -v:q >/dev/null

# Both must accept the fleet: a run that stops at the first error would time nothing useful.
"$work/topo/topo" check "$work/fleet.topo" >"$work/topo.out" 2>&1 || { echo "topo check failed:"; cat "$work/topo.out"; exit 1; }
echo "topo check: exit 0, $(wc -l <"$work/topo.out") lines of output"
"$work/peer/TopoLang.JsonPeer" "$work/fleet.json" >"$work/peer.out" 2>&1 || { echo "peer failed:"; cat "$work/peer.out"; exit 1; }
echo "peer:       exit 0 ($(tail -n 1 "$work/peer.out"))"

# One whole-process run: appends "seconds KiB" to its results file; a failing run stops the script.
measure() {
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/$name.last" "$@" >/dev/null 2>&1
  cat "$work/$name.last" >>"$work/$name.runs"
}
run_topo() { measure topo "$work/topo/topo" check "$work/fleet.topo"; }
run_peer() { measure peer "$work/peer/TopoLang.JsonPeer" "$work/fleet.json"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  # Alternate the order so that neither always runs right after the other's page cache and heat.
  if (( i % 2 )); then run_topo; run_peer; else run_peer; run_topo; fi
  echo "run $i: topo $(cat "$work/topo.last") | peer $(cat "$work/peer.last")   (s KiB)"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

topo_s=$(cut -d' ' -f1 "$work/topo.runs" | median); topo_kb=$(cut -d' ' -f2 "$work/topo.runs" | median)
peer_s=$(cut -d' ' -f1 "$work/peer.runs" | median); peer_kb=$(cut -d' ' -f2 "$work/peer.runs" | median)
awk -v ts="$topo_s" -v tk="$topo_kb" -v ps="$peer_s" -v pk="$peer_kb" -v n="$runs" 'BEGIN {
  printf "medians of %d runs:\n", n
  printf "  topo check: %.2f s, %.0f MiB (%d KiB)\n", ts, tk / 1024, tk
  printf "  json peer:  %.2f s, %.0f MiB (%d KiB)\n", ps, pk / 1024, pk
  printf "  topo / peer: wall time %.2fx, peak RSS %.2fx\n", ts / ps, tk / pk
}'
