using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TopoLang.Compiler.Output;

/// <summary>Removes files an earlier build wrote and this one did not, then the folders that leaves empty.</summary>
public static class StaleFiles
{
    /// <summary>
    /// Deletes each of <paramref name="paths"/> that exists, then each of their folders that is
    /// now empty, walking up to <paramref name="root"/> (which is never removed). A folder that
    /// still holds anything, ours or not, stays.
    /// </summary>
    public static void Delete(IEnumerable<string> paths, string root)
    {
        var rootPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var fullPath = Path.GetFullPath(path);
            if (File.Exists(fullPath))
            {
                File.Delete(fullPath);
            }

            for (var folder = Path.GetDirectoryName(fullPath); folder is not null && IsStrictlyInside(folder, rootPath); folder = Path.GetDirectoryName(folder))
            {
                folders.Add(folder);
            }
        }

        // Deepest first, so that a parent is looked at after its children are gone.
        foreach (var folder in folders.Reverse())
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    private static bool IsStrictlyInside(string folder, string root) =>
        folder.Length > root.Length && folder.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
