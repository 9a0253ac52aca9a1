using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit.Ansible;
using TopoLang.Compiler.Emit.CSharp;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Compiler.Hosting;

namespace TopoLang.Benchmarks;

/// <summary>
/// `--build-stages FILE OUT`: one cold `topo build` of a file in a fresh process, stage by stage:
/// the check, each target's files alone, the plan, the C# model, the plan's JSON, the Ansible files, the whole
/// emit (which computes every target once more, as a build does), and the writing of every file
/// under OUT. A large file's bytes are made as it is written (a fleet's domains, plan.json, the
/// playbook: <see cref="Compiler.Emit.GeneratedFile"/>), so the write's line holds them; the
/// plan.json line makes its bytes alone, into no file. <see cref="StageTimes"/> does the same for the check alone. `--allocations` lists,
/// after each stage, the types it allocated most (<see cref="AllocationSampler"/>).
/// </summary>
internal static class BuildStageTimes
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: --build-stages FILE OUT [--allocations]");
            return 2;
        }

        using var sampler = Array.IndexOf(args, "--allocations") >= 0 ? new AllocationSampler() : null;
        var clock = new StageClock(labelWidth: 44);
        void Lap(string stage)
        {
            clock.Lap(stage);
            sampler?.PrintTop(stage, Environment.GetEnvironmentVariable("TOP") is { } top ? int.Parse(top) : 12);
        }

        var compilation = TopoCompilation.FromFile(args[0]);
        Lap("check");
        if (compilation.HasErrors)
        {
            Console.Error.WriteLine("the file has errors: nothing to build");
            return 1;
        }

        var targetFiles = new List<TargetFile>();
        foreach (var kind in Enum.GetValues<TargetKind>())
        {
            var files = compilation.Emit(kind).Files;
            targetFiles.AddRange(files);
            Lap($"{kind.ToString().ToLowerInvariant()} ({files.Length} files)");
        }

        var folder = Path.GetFullPath(args[1]);
        var plan = compilation.Plan(folder);
        Lap($"plan ({plan.Steps.Length} steps; every target again)");
        CSharpEmitter.Emit(compilation.Semantics, compilation.Options.DefaultNamespace, plan, folder, null);
        Lap("C# model");
        PlanJsonWriter.Write(plan, new DiscardingOutput());
        Lap("plan.json");
        AnsibleFiles.Write(compilation.Model, plan, targetFiles);
        Lap("ansible");
        var emitted = TopologyEmitter.Emit(compilation, folder, folder);
        Lap("whole emit (cached targets)");
        MakeEachKind(emitted, Lap);
        var written = TopologyOutputWriter.WriteAllInto(folder, emitted);
        Lap($"write ({written.Count} files)");
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB, allocated in all {GC.GetTotalAllocatedBytes() / 1048576} MiB");
        return 0;
    }

    /// <summary>
    /// Makes every file's bytes into no file, one kind of file after another (the C# model,
    /// plan.json, the playbook, the domains...), on this thread: what each kind's making allocates,
    /// which the write's line holds all together.
    /// </summary>
    private static void MakeEachKind(EmittedTopology emitted, Action<string> lap)
    {
        var kinds = emitted.Files.GroupBy(KindOf).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => group.ToArray()).ToList();
        lap("  files grouped by kind (this tool's own)");
        foreach (var kind in kinds)
        {
            var output = new DiscardingOutput();
            foreach (var file in kind)
            {
                file.WriteTo(output);
            }

            lap($"  make {KindOf(kind[0])} ({kind.Length} files, {output.Length / 1048576} MiB)");
        }
    }

    private static string KindOf(Compiler.Emit.GeneratedFile file) =>
        Path.GetExtension(file.RelativePath.AsSpan()) is var extension && (extension.SequenceEqual(".xml") || extension.SequenceEqual(".cfg"))
            ? "*" + extension.ToString()
            : Path.GetFileName(file.RelativePath);
}
