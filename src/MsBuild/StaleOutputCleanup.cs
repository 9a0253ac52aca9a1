using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Hosting;
using TopoLang.Compiler.Output;

namespace TopoLang.MsBuild;

/// <summary>Removes the files the last successful run wrote and this one did not, with the folders that leaves empty.</summary>
internal static class StaleOutputCleanup
{
    public static void Run(IEnumerable<string> lastOutputs, IEnumerable<GeneratedOutput> outputs, BuildLocations locations)
    {
        var (codeDirectory, artifactsDirectory) = (locations.CodeDirectory, locations.ArtifactsDirectory);
        var current = outputs.Select(o => o.FullPath).ToHashSet(FilePathComparison.Comparer);
        var stale = lastOutputs.Where(path => Path.IsPathRooted(path) && !current.Contains(path)).ToList();
        StaleFiles.Delete(stale.Where(p => IsInside(p, codeDirectory)), codeDirectory);
        StaleFiles.Delete(stale.Where(p => IsInside(p, artifactsDirectory)), artifactsDirectory);
        foreach (var path in stale.Where(p => !IsInside(p, codeDirectory) && !IsInside(p, artifactsDirectory)))
        {
            StaleFiles.Delete(new[] { path }, Path.GetDirectoryName(path)!);
        }
    }

    private static bool IsInside(string path, string directory) =>
        path.StartsWith(directory + Path.DirectorySeparatorChar, FilePathComparison.Comparison);
}
