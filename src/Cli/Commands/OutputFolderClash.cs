using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Hosting;

namespace TopoLang.Cli.Commands;

/// <summary>
/// Two entry files that make topologies of one name would write one folder, DIR/&lt;topology&gt;/,
/// and the second would overwrite the first and delete what it wrote: a usage error before
/// anything is written.
/// </summary>
internal static class OutputFolderClash
{
    public static void ThrowIfAny(IReadOnlyList<string> paths, IReadOnlyList<TopoCompilation> compilations, string outputDirectory)
    {
        var clash = OutputClashes.Find(Enumerable.Range(0, compilations.Count), i => compilations[i].Model.Name).FirstOrDefault();
        if (clash is not null)
        {
            var name = compilations[clash.Second].Model.Name;
            throw new UsageException(
                $"'{paths[clash.First]}' and '{paths[clash.Second]}' would both write topology '{name}' into {Path.Combine(outputDirectory, name)}: " +
                "give one of them another name (`topology NAME` at its top), or build them into different folders");
        }
    }
}
