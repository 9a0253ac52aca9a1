using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Hosting;

namespace TopoLang.MsBuild;

/// <summary>The diagnostics of the entries as MSBuild errors and warnings, with full paths, each once.</summary>
internal static class DiagnosticMessages
{
    public static IEnumerable<BuildMessage> Of(IEnumerable<CompiledEntry> entries, BuildLocations locations) =>
        // Two entries that import one file would report its findings twice.
        entries.SelectMany(e => e.Compilation.GetDiagnostics())
            .Select(d => (Diagnostic: d, File: FileOf(d, locations)))
            .DistinctBy(x => (x.Diagnostic.Code, x.File ?? string.Empty, x.Diagnostic.Location.Start, x.Diagnostic.Location.End, x.Diagnostic.Message))
            .Select(x => ToMessage(x.Diagnostic, x.File));

    private static string? FileOf(Diagnostic diagnostic, BuildLocations locations) =>
        string.IsNullOrEmpty(diagnostic.Location.Path) ? null : locations.FullPath(diagnostic.Location.Path);

    private static BuildMessage ToMessage(Diagnostic diagnostic, string? file)
    {
        var (start, end) = (diagnostic.Location.Start, diagnostic.Location.End);
        return new BuildMessage(diagnostic.IsError, diagnostic.Code, file, start.Line, start.Column, end.Line, end.Column, DiagnosticText.OneLine(diagnostic.Message));
    }
}
