using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// What a validate-host step gives `topo probe` so that it compiles the very topology the plan was
/// made from: the entry file, the `-p` values it was built with, and `--root` when the project root
/// is not the entry file's folder. Paths are relative to the folder the plan's commands run from
/// (the topology's output folder), with `/` on every system, so a plan reads the same wherever it
/// was built.
/// </summary>
internal static class ProbeArguments
{
    /// <param name="entryPath">The entry file as the compiler was given it.</param>
    /// <param name="parameters">The `-p` values the topology was compiled with.</param>
    /// <param name="projectRoot">The project root the compiler was given, if any.</param>
    /// <param name="runDirectory">Where the commands run; null: paths stay as they were given.</param>
    public static IReadOnlyList<string> For(TopologyModel model, string entryPath, IReadOnlyDictionary<string, string> parameters, string? projectRoot, string? runDirectory)
    {
        var arguments = new List<string> { PathFrom(runDirectory, entryPath) };
        var declared = model.Params.Select(p => p.Name).ToHashSet(System.StringComparer.Ordinal);
        foreach (var parameter in parameters.Where(p => declared.Contains(p.Key)).OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            arguments.Add("-p");
            arguments.Add($"{parameter.Key}={parameter.Value}");
        }

        if (projectRoot is { } root && entryPath.Length > 0 && !SameDirectory(root, Path.GetDirectoryName(Path.GetFullPath(entryPath))!))
        {
            arguments.Add("--root");
            arguments.Add(PathFrom(runDirectory, root));
        }

        return arguments;
    }

    private static string PathFrom(string? runDirectory, string path) =>
        runDirectory is null || path.Length == 0
            ? path
            : Path.GetRelativePath(Path.GetFullPath(runDirectory), Path.GetFullPath(path)).Replace('\\', '/');

    private static bool SameDirectory(string first, string second) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(first)), Path.TrimEndingDirectorySeparator(second), System.StringComparison.Ordinal);
}
