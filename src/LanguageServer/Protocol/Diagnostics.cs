namespace TopoLang.LanguageServer.Protocol;

/// <summary>A diagnostic as LSP sends it; <see cref="Code"/> is the TOPO code.</summary>
public sealed record LspDiagnostic(Range Range, int Severity, string Code, string Source, string Message, DiagnosticRelatedInformation[]? RelatedInformation = null);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

public static class LspDiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
}
