using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.LanguageServer.Protocol;
using TopoLang.LanguageServer.Workspace;

namespace TopoLang.LanguageServer.Features;

/// <summary>`textDocument/publishDiagnostics`: a document's diagnostics from the compilation that covers it, as `topo check` reports them.</summary>
internal static class DiagnosticsFeature
{
    public const string Source = "topo";

    public static PublishDiagnosticsParams For(TopoWorkspace workspace, OpenDocument document)
    {
        var analysis = workspace.AnalysisOf(document.FullPath);
        var diagnostics = analysis is null
            ? System.Array.Empty<LspDiagnostic>()
            : analysis.DiagnosticsOf(document.FullPath).Select(diagnostic => ToLsp(diagnostic, analysis, workspace)).ToArray();
        return new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics);
    }

    /// <summary>No diagnostics: what a closed document is left with.</summary>
    public static PublishDiagnosticsParams Cleared(string uri) => new(uri, null, System.Array.Empty<LspDiagnostic>());

    public static LspDiagnostic ToLsp(Diagnostic diagnostic, Analysis analysis, TopoWorkspace workspace)
    {
        var related = diagnostic.Related
            .Where(place => analysis.PathOf(place.Location.Source) is not null)
            .Select(place => new DiagnosticRelatedInformation(new Location(workspace.UriOf(analysis.PathOf(place.Location.Source)!), TextPositions.ToRange(place.Location)), place.Message))
            .ToArray();
        var severity = diagnostic.IsError ? LspDiagnosticSeverity.Error : LspDiagnosticSeverity.Warning;
        return new LspDiagnostic(TextPositions.ToRange(diagnostic.Location), severity, diagnostic.Code, Source, diagnostic.Message, related.Length == 0 ? null : related);
    }
}
