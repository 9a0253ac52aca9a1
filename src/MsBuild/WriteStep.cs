using System.Collections.Generic;
using System.IO;
using TopoLang.Compiler.Hosting;
using TopoLang.Compiler.Output;

namespace TopoLang.MsBuild;

/// <summary>
/// Writes each topology's C# into the code folder and, when asked, its artifacts under its own
/// folder; says on the log what went where as it goes.
/// </summary>
internal static class WriteStep
{
    public static List<GeneratedOutput> Run(IEnumerable<EmittedEntry> emitted, TopoBuildRequest request, BuildLocations locations, IBuildLog log)
    {
        var outputs = new List<GeneratedOutput>();
        foreach (var item in emitted)
        {
            var topology = item.Topology;
            var code = TopologyOutputWriter.WriteCode(locations.CodeDirectory, topology);
            outputs.Add(new GeneratedOutput(code.Path, GeneratedOutputKind.Code, topology.Name));
            var message = $"TopoLang: {item.Entry.Candidate.CompilerPath} -> {code.Path}{(code.Changed ? string.Empty : " (unchanged)")}";
            if (request.EmitArtifacts)
            {
                var folder = Path.Combine(locations.ArtifactsDirectory, topology.Name);
                foreach (var path in TopologyOutputWriter.WriteArtifacts(folder, topology))
                {
                    outputs.Add(new GeneratedOutput(path, KindOf(path), topology.Name));
                }

                message += $", {topology.Artifacts.Length} artifacts in {folder}";
            }

            log.Message(message);
        }

        return outputs;
    }

    private static GeneratedOutputKind KindOf(string path) =>
        Path.GetFileName(path) == OutputTree.ManifestName ? GeneratedOutputKind.Manifest : GeneratedOutputKind.Artifact;
}
