using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TopoLang.Compiler.Formatting;

/// <summary>The `*.topo` files under a folder, at any depth, in ordinal order, less what the folder's <see cref="IgnoreFile"/> names.</summary>
public static class TopoFileWalk
{
    public static IReadOnlyList<string> Under(string folder)
    {
        var ignore = IgnoreFile.In(folder);
        var files = new List<string>();
        Walk(folder, folder, ignore, files);
        return files;
    }

    private static void Walk(string root, string folder, IgnoreFile ignore, List<string> files)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var isFolder = entry is DirectoryInfo;
            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (ignore.Ignores(relative, isFolder) || (isFolder && entry.LinkTarget is not null))
            {
                continue;
            }

            if (isFolder)
            {
                Walk(root, Path.Combine(folder, entry.Name), ignore, files);
            }
            else if (entry.Name.EndsWith(".topo", StringComparison.Ordinal))
            {
                files.Add(Path.Combine(folder, entry.Name));
            }
        }
    }
}
