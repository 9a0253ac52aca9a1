using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Emit;

namespace TopoLang.Compiler.Output;

/// <summary>
/// Writes one topology's files under its folder and keeps `.topo-manifest`, the list of what
/// this build wrote. Files a previous build wrote (listed in the old manifest) that are no
/// longer produced are removed, with the folders that leaves empty; nothing else under the
/// folder is ever touched. `topo build` and the MSBuild task both write through it.
/// </summary>
public static class OutputTree
{
    public const string ManifestName = ".topo-manifest";
    private const string ManifestHeader = "# Files written by TopoLang (`topo build` or dotnet build); only these are ever deleted by it.";

    /// <summary>Writes <paramref name="files"/> under <paramref name="folder"/>; returns the full paths written, the manifest last.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyCollection<GeneratedFile> files)
    {
        var previous = ReadManifest(folder);
        var targets = files.Select(file => (Path: Resolve(folder, file.RelativePath), File: file)).ToArray();
        FileWrites.WriteAll(targets);
        var written = new List<string>(targets.Length + 1);
        written.AddRange(targets.Select(target => target.Path));

        var current = files.Select(file => Normalize(file.RelativePath)).ToHashSet(StringComparer.Ordinal);
        StaleFiles.Delete(previous.Where(path => !current.Contains(path)).Select(path => Resolve(folder, path)), folder);

        var manifestPath = Path.Combine(folder, ManifestName);
        AtomicFileWriter.Write(manifestPath, Manifest(current));
        written.Add(manifestPath);
        return written;
    }

    // A line per path, sorted: a fleet's manifest is 3 MB, written as it is made rather than joined into a string.
    private static GeneratedFile Manifest(IEnumerable<string> paths) =>
        GeneratedFile.FromText(ManifestName, text =>
        {
            text.Append(ManifestHeader).Append('\n');
            foreach (var path in paths.Order(StringComparer.Ordinal))
            {
                text.Append(path).Append('\n');
            }
        });

    /// <summary>The paths the last build wrote; a manifest line that would leave the folder is ignored, never followed.</summary>
    public static IReadOnlyList<string> ReadManifest(string folder)
    {
        var path = Path.Combine(folder, ManifestName);
        if (!File.Exists(path))
        {
            return Array.Empty<string>();
        }

        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Normalize)
            .Where(IsInside)
            .ToList();
    }

    private static string Normalize(string relativePath) => relativePath.Replace('\\', '/');

    // Segment by segment, without a string of each: a fleet's build writes 100,000 paths.
    private static bool IsInside(string relativePath)
    {
        if (Path.IsPathRooted(relativePath))
        {
            return false;
        }

        for (var rest = relativePath.AsSpan(); ;)
        {
            var end = rest.IndexOf('/');
            var segment = end < 0 ? rest : rest[..end];
            if (segment is "" or "." or "..")
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            rest = rest[(end + 1)..];
        }
    }

    private static string Resolve(string folder, string relativePath)
    {
        if (!IsInside(Normalize(relativePath)))
        {
            throw new InvalidOperationException($"'{relativePath}' is not a path inside the output folder.");
        }

        return Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }
}
