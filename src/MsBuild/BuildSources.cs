using System.Collections.Generic;
using System.IO;
using TopoLang.Compiler.Hosting;

namespace TopoLang.MsBuild;

/// <summary>
/// The TopoFile items, once each. The compiler sees paths relative to the project folder
/// (MSBuild runs tasks there), so that generated code and plans name `../x/lab.topo`, not a
/// path of this machine; diagnostics are reported with full paths, as the C# compiler does.
/// </summary>
internal static class BuildSources
{
    public static List<EntryCandidate> Of(TopoBuildRequest request, BuildLocations locations)
    {
        var project = locations.ProjectDirectory;
        var relative = string.Equals(BuildLocations.FullDirectory(Directory.GetCurrentDirectory()), project, FilePathComparison.Comparison);
        var seen = new HashSet<string>(FilePathComparison.Comparer);
        var candidates = new List<EntryCandidate>();
        foreach (var item in request.Sources)
        {
            var fullPath = Path.GetFullPath(Path.Combine(project, item.Path));
            if (seen.Add(fullPath))
            {
                candidates.Add(new EntryCandidate(relative ? Path.GetRelativePath(project, fullPath) : fullPath, fullPath, item.Entry));
            }
        }

        return candidates;
    }
}
