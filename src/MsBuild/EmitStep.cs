using System.Collections.Immutable;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Hosting;

namespace TopoLang.MsBuild;

/// <summary>
/// Makes each topology's files, in memory. Two entries that would write one folder of artifacts
/// or one C# file are an error: the one met first keeps it.
/// </summary>
internal static class EmitStep
{
    public static BuildStep<ImmutableArray<EmittedEntry>> Run(ImmutableArray<CompiledEntry> entries, BuildLocations locations)
    {
        var emitted = entries
            .Select(entry => new EmittedEntry(entry, TopologyEmitter.Emit(entry.Compilation, locations.CodeDirectory, Path.Combine(locations.ArtifactsDirectory, entry.Compilation.Model.Name))))
            .ToList();
        var clashes = OutputClashes.Find(emitted, e => e.Topology.Name, CodeFileName);
        return new BuildStep<ImmutableArray<EmittedEntry>>(emitted.ToImmutableArray(), clashes.Select(Error).ToImmutableArray());
    }

    private static string CodeFileName(EmittedEntry emitted) => Path.GetFileName(emitted.Topology.Code.RelativePath);

    private static BuildMessage Error(OutputClash<EmittedEntry> clash)
    {
        var (first, second) = (clash.First.Entry.Candidate, clash.Second.Entry.Candidate);
        return BuildMessage.Error(
            $"'{second.CompilerPath}' and '{first.CompilerPath}' both make topology '{clash.Second.Topology.Name}' ({CodeFileName(clash.Second)}): " +
            "give one of them another `topology` name, or mark a file that is only imported with Entry=\"false\"",
            second.FullPath);
    }
}
