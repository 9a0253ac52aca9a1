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
/// `--each-rule` times the rules one by one instead of together; `--allocations` lists the types
/// parse and bind allocate most (<see cref="AllocationSampler"/>). `--hold` keeps the compilation alive at the end and waits for a line on standard input, so
/// that `dotnet-gcdump collect -p PID` can record what the heap holds. `--generations` prints
/// each generation's size and free space after the last collection.
/// </summary>
internal static class StageTimes
{
    private const long NoGcRegionBytes = 1_500_000_000;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: --stages FILE [--no-gc] [--hold] [--each-rule] [--allocations] [--generations]");
            return 2;
        }

        if (Array.IndexOf(args, "--no-gc") >= 0 && !GC.TryStartNoGCRegion(NoGcRegionBytes))
        {
            Console.Error.WriteLine("the runtime refused a no-GC region of that size");
            return 1;
        }

        using var sampler = Array.IndexOf(args, "--allocations") >= 0 ? new AllocationSampler() : null;
        var clock = new StageClock();
        // As `topo` reads it: a large ASCII file a block at a time (the "read" line is then the
        // look through it that finds it ASCII; the blocks are read during parse+bind).
        var (text, _) = SourceFile.Read(args[0], streamLargeFiles: true);
        clock.Lap("read");
        sampler?.PrintTop("read", 3);
        var diagnostics = new DiagnosticBag(TopoCompilationOptions.Default.Diagnostics);
        var prelude = new SourceUnit(PreludeSource.SyntaxTree, PreludeSource.Path, SourceUnitKind.Prelude);
        var binder = new EntryFileBinder(new TopologyBinder(diagnostics, recordReferences: false), entry => ImmutableArray.Create(prelude, entry), new Dictionary<string, string>(), Path.GetFullPath(args[0]));

        // The compiler binds the entry file while it parses it: the two are one stage here. Like
        // `topo check`, it records no references (TopoCompilationOptions.RecordReferences).
        var binding = binder.Bind(SyntaxTree.ReadStatementByStatement(text, recycle: true, readAhead: TopLevelStatementReader.ReadingAheadPays(text)));
        clock.Lap("parse+bind");
        sampler?.PrintTop("parse+bind", 25);
        var semantics = new TopologySemantics(binding.Model, binding.Symbols);
        if (Array.IndexOf(args, "--each-rule") >= 0)
        {
            // The analyses a rule is the first to ask for are counted in its line.
            var context = new RuleContext(semantics, diagnostics);
            foreach (var rule in RuleSet.All)
            {
                rule.Check(context);
                clock.Lap(rule.Code);
            }
        }
        else
        {
            RuleSet.Run(semantics, diagnostics);
            clock.Lap("rules");
            sampler?.PrintTop("rules", 15);
        }

        var memory = GC.GetGCMemoryInfo();
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB (GC heap now {memory.HeapSizeBytes / 1048576} MiB, committed {memory.TotalCommittedBytes / 1048576} MiB), {diagnostics.Count} diagnostics");
        if (text.Chars.Streamed is { } streamed)
        {
            Console.WriteLine($"text streamed: at most {streamed.MostBlocksHeld} of its {streamed.BlockCount} blocks of {streamed.BlockSize / 1024} KiB held at once");
        }
        if (Array.IndexOf(args, "--generations") >= 0)
        {
            PrintGenerations(memory);
        }
        if (Array.IndexOf(args, "--hold") >= 0)
        {
            Console.WriteLine($"holding the compilation in process {Environment.ProcessId}; press Enter to end");
            Console.ReadLine();
            GC.KeepAlive(binding);
            GC.KeepAlive(text);
        }

        return 0;
    }

    /// <summary>What each generation held after the last collection, and how much of it was free space: where a peak's slack sits.</summary>
    private static void PrintGenerations(GCMemoryInfo memory)
    {
        string[] names = ["gen0", "gen1", "gen2", "large", "pinned"];
        for (var i = 0; i < memory.GenerationInfo.Length && i < names.Length; i++)
        {
            var generation = memory.GenerationInfo[i];
            Console.WriteLine($"  {names[i],-6} {generation.SizeAfterBytes / 1048576,5} MiB after the last collection, {generation.FragmentationAfterBytes / 1048576,4} MiB of it free");
        }
    }
}
