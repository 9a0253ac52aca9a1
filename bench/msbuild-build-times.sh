#!/usr/bin/env bash
# Build times of examples/Datacenter.App through the packed TopoLang.MsBuild (docs/performance.md):
#   1. no-op `dotnet build --no-restore`, with TopoLang and without it (the same app and the same
#      generated C# compiled as a plain file against TopoLang.Runtime), runs interleaved;
#   2. the task's own time when the target runs (the .topo touched, the C# unchanged), from the
#      performance summary and from the task's Stopwatch (logged at low importance);
#   3. the time of TopoLang's targets in a no-op build.
# Every build is a fresh process (MSBUILDDISABLENODEREUSE=1, no compiler server).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
runs=${RUNS:-11}
version=0.1.0-perf.$(date +%s)
work=$(mktemp -d /tmp/topo-perf.XXXXXX)
trap 'rm -rf "$work"' EXIT
export MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false DOTNET_CLI_USE_MSBUILD_SERVER=0
export NUGET_PACKAGES=$work/packages TopoLangVersion=$version

dotnet pack src/MsBuild -c Release -o "$work/feed" -p:PackageVersion="$version" -nologo -v:q >/dev/null
dotnet pack src/Runtime -c Release -o "$work/feed" -p:PackageVersion="$version" -nologo -v:q >/dev/null
for variant in with without; do
  mkdir -p "$work/$variant"
  cp -r "$repo/examples/Datacenter.App" "$repo/examples/datacenter" "$work/$variant/"
  rm -rf "$work/$variant/Datacenter.App/bin" "$work/$variant/Datacenter.App/obj"
  sed -i "s|../../artifacts/packages|$work/feed|" "$work/$variant/Datacenter.App/nuget.config"
done
(cd "$work/with/Datacenter.App" && dotnet build -nologo -v:q >/dev/null)
without=$work/without/Datacenter.App
sed '/^#line/d' "$work/with/Datacenter.App/obj/Debug/net10.0/topo/DatacenterTopology.g.cs" > "$without/DatacenterTopology.g.cs"
sed -i 's|<PackageReference Include="TopoLang.MsBuild"|<PackageReference Include="TopoLang.Runtime"|; /<TopoFile Include/d' "$without/Datacenter.App.csproj"
(cd "$without" && dotnet build -nologo -v:q >/dev/null)

ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  for variant in with without; do
    cd "$work/$variant/Datacenter.App"
    start=$(date +%s%N); dotnet build --no-restore -nologo -v:q >/dev/null; end=$(date +%s%N)
    echo "$variant $(ms "$start" "$end")" >> "$work/noop.txt"
  done
done
for variant in with without; do
  echo "no-op build $variant TopoLang: median $(grep "^$variant " "$work/noop.txt" | cut -d' ' -f2 | median) ms of $runs ($(grep "^$variant " "$work/noop.txt" | cut -d' ' -f2 | sort -n | tr '\n' ' '))"
done

cd "$work/with/Datacenter.App"
for i in $(seq 1 5); do
  touch ../datacenter/datacenter.topo
  start=$(date +%s%N)
  dotnet build --no-restore -nologo -v:d -tl:off -clp:PerformanceSummary > "$work/run.log"
  end=$(date +%s%N)
  echo "$(ms "$start" "$end") $(grep -E '^ +[0-9]+ ms  TopoCompile ' "$work/run.log" | awk '{print $1}') $(grep -oE 'TopoFile item\(s\) in [0-9]+ ms' "$work/run.log" | grep -oE '[0-9]+')" >> "$work/task.txt"
done
echo "build that runs the task: median $(cut -d' ' -f1 "$work/task.txt" | median) ms; task (performance summary): median $(cut -d' ' -f2 "$work/task.txt" | median) ms; task (Stopwatch): median $(cut -d' ' -f3 "$work/task.txt" | median) ms"

echo "TopoLang's targets in a no-op build:"
dotnet build --no-restore -nologo -v:q -tl:off -clp:PerformanceSummary | grep -E '^ +[0-9]+ ms  _?Topo'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
