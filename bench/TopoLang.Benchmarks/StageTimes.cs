using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Binding;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Prelude;
using TopoLang.Compiler.Semantics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Validation;
using TopoLang.Compiler;

namespace TopoLang.Benchmarks;

/// <summary>
/// `--stages FILE [--no-gc]`: one cold compile of a file in a fresh process, as `topo check` runs
/// it, with each stage's wall time, collections, pause time and allocations. BenchmarkDotNet
/// measures warm, steady-state code; a check is one pass in a new process, where start-up tiers
/// and the collector's work on a heap that only grows are the costs. `--no-gc` runs it inside
/// a no-GC region (1.5 GB), which leaves each stage's own time without the collector's.
/// </summary>
internal static class StageTimes
{
    private const long NoGcRegionBytes = 1_500_000_000;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: --stages FILE [--no-gc]");
            return 2;
        }

        if (Array.IndexOf(args, "--no-gc") >= 0 && !GC.TryStartNoGCRegion(NoGcRegionBytes))
        {
            Console.Error.WriteLine("the runtime refused a no-GC region of that size");
            return 1;
        }

        var clock = new StageClock();
        Console.WriteLine($"{"stage",-10} {"wall",8} {"gen0",5} {"gen1",5} {"gen2",5} {"pause",8} {"allocated",10}");
        var (text, _) = SourceFile.Read(args[0]);
        clock.Lap("read");
        var diagnostics = new DiagnosticBag(TopoCompilationOptions.Default.Diagnostics);
        var prelude = new SourceUnit(PreludeSource.SyntaxTree, PreludeSource.Path, SourceUnitKind.Prelude);
        var binder = new EntryFileBinder(new TopologyBinder(diagnostics), entry => ImmutableArray.Create(prelude, entry), new Dictionary<string, string>(), Path.GetFullPath(args[0]));

        // The compiler binds the entry file while it parses it: the two are one stage here.
        var binding = binder.Bind(SyntaxTree.ReadStatementByStatement(text));
        clock.Lap("parse+bind");
        RuleSet.Run(new TopologySemantics(binding.Model, binding.Symbols), diagnostics);
        clock.Lap("rules");
        var memory = GC.GetGCMemoryInfo();
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB (GC heap now {memory.HeapSizeBytes / 1048576} MiB, committed {memory.TotalCommittedBytes / 1048576} MiB), {diagnostics.Count} diagnostics");
        return 0;
    }

    private sealed class StageClock
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly int[] _collections = new int[3];
        private TimeSpan _pause = GC.GetTotalPauseDuration();
        private long _allocated = GC.GetTotalAllocatedBytes();

        public void Lap(string stage)
        {
            var wall = _watch.Elapsed;
            var counts = new int[3];
            for (var generation = 0; generation < 3; generation++)
            {
                counts[generation] = GC.CollectionCount(generation) - _collections[generation];
                _collections[generation] += counts[generation];
            }

            var pause = GC.GetTotalPauseDuration();
            var allocated = GC.GetTotalAllocatedBytes();
            Console.WriteLine($"{stage,-10} {wall.TotalMilliseconds,6:F0} ms {counts[0],5} {counts[1],5} {counts[2],5} {(pause - _pause).TotalMilliseconds,5:F0} ms {(allocated - _allocated) / 1048576,6} MiB");
            _pause = pause;
            _allocated = allocated;
            _watch.Restart();
        }
    }
}
