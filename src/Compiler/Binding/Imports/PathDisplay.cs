using System.Collections.Generic;
using System.IO;

namespace TopoLang.Compiler.Binding.Imports;

/// <summary>Folds `a/./b/../c` to `a/c` in a displayed path, without making it absolute.</summary>
internal static class PathDisplay
{
    public static string Normalize(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        var rooted = Path.IsPathRooted(path);
        var parts = new List<string>();
        foreach (var part in path.Replace(Path.AltDirectorySeparatorChar, separator).Split(separator))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        var joined = string.Join(separator, parts);
        return rooted ? separator + joined : joined;
    }
}
