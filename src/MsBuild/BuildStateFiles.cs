using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Hosting;
using TopoLang.Compiler.Output;

namespace TopoLang.MsBuild;

/// <summary>
/// The files that carry a build over to the next: the imports (the target's extra Inputs, and
/// which files to compile last) and the outputs (what to remove when no longer made).
/// </summary>
internal static class BuildStateFiles
{
    public static IReadOnlySet<string> ReadLastImports(TopoBuildRequest request, BuildLocations locations) =>
        ReadLines(locations.FullPath(request.DependencyFile)).ToHashSet(FilePathComparison.Comparer);

    public static IEnumerable<string> ReadLastOutputs(TopoBuildRequest request, BuildLocations locations) =>
        ReadLines(locations.FullPath(request.OutputsFile));

    public static void Write(TopoBuildRequest request, BuildLocations locations, IEnumerable<GeneratedOutput> outputs, IEnumerable<CompiledEntry> entries)
    {
        var imports = entries
            .SelectMany(e => e.Compilation.Units)
            .Where(u => u.Kind == SourceUnitKind.Import)
            .Select(u => u.FullPath)
            .Distinct(FilePathComparison.Comparer)
            .OrderBy(p => p, StringComparer.Ordinal);
        AtomicFileWriter.Write(locations.FullPath(request.DependencyFile), Lines(imports));

        // The outputs list is also the target's stamp: touched on every successful run, so that the
        // next build can skip the target while generated files whose bytes did not change keep
        // their old timestamps (and CoreCompile stays skipped too).
        var outputsFile = locations.FullPath(request.OutputsFile);
        if (!AtomicFileWriter.Write(outputsFile, Lines(outputs.Select(o => o.FullPath).OrderBy(p => p, StringComparer.Ordinal))))
        {
            File.SetLastWriteTimeUtc(outputsFile, DateTime.UtcNow);
        }
    }

    private static IEnumerable<string> ReadLines(string fullPath) =>
        File.Exists(fullPath) ? File.ReadAllLines(fullPath).Where(line => line.Length > 0) : Enumerable.Empty<string>();

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(line => line + "\n"));
}
