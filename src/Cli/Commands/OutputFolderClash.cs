using System;
using System.Collections.Generic;
using System.IO;
using TopoLang.Compiler;

namespace TopoLang.Cli.Commands;

/// <summary>
/// Two entry files that make topologies of one name would write one folder, DIR/&lt;topology&gt;/,
/// and the second would overwrite the first and delete what it wrote: a usage error before
/// anything is written. Names are compared ignoring case, since they collide on file systems
/// that do, and a build should not depend on which one it runs on.
/// </summary>
internal static class OutputFolderClash
{
    public static void ThrowIfAny(IReadOnlyList<string> paths, IReadOnlyList<TopoCompilation> compilations, string outputDirectory)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < compilations.Count; i++)
        {
            var name = compilations[i].Model.Name;
            if (first.TryGetValue(name, out var earlier))
            {
                throw new UsageException(
                    $"'{paths[earlier]}' and '{paths[i]}' would both write topology '{name}' into {Path.Combine(outputDirectory, name)}: " +
                    "give one of them another name (`topology NAME` at its top), or build them into different folders");
            }

            first.Add(name, i);
        }
    }
}
