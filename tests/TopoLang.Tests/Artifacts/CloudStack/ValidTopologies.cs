using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.CloudStack;

/// <summary>
/// A way to put a writer's files in a temporary folder, and the name a writer gives a topology.
/// </summary>
public static class ValidTopologies
{
    /// <summary>Writes the files under a new temporary folder and returns their full paths.</summary>
    public static IReadOnlyList<string> WriteToTemp(IEnumerable<GeneratedFile> files)
    {
        var folder = TestTemp.NewFolder("artifacts-");
        var written = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            written.Add(path);
        }

        return written;
    }

    public static TopologyName NameOf(TopoCompilation compilation) => new(compilation.Model.Name);
}
