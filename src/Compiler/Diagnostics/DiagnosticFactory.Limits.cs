using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>TOPO9xxx: limits.</summary>
public static partial class DiagnosticFactory
{
    /// <summary>TOPO9001. <paramref name="sentence"/> is the whole message, e.g. "blocks are nested deeper than 256 levels".</summary>
    public static Diagnostic LimitExceeded(SourceLocation location, string sentence) =>
        Create(DiagnosticCatalog.LimitExceeded, location, sentence);
}
