using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>TOPO0xxx: lexical and syntax.</summary>
public static partial class DiagnosticFactory
{
    /// <summary>TOPO0001. <paramref name="sentence"/> is the whole message, e.g. "unexpected character '@'" or "unterminated string".</summary>
    public static Diagnostic UnexpectedCharacter(SourceLocation location, string sentence) =>
        Create(DiagnosticCatalog.UnexpectedCharacter, location, sentence);

    /// <summary>TOPO0002. <paramref name="expected"/>: what the grammar wanted ("':'", "a value"); <paramref name="found"/>: the token found ("'='", "end of file").</summary>
    public static Diagnostic SyntaxError(SourceLocation location, string expected, string found) =>
        Create(DiagnosticCatalog.SyntaxError, location, expected, found);
}
