using System.Collections.Immutable;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Formatting;

/// <summary>
/// The formatted text of a file, or, for a file with syntax errors, those errors and no text:
/// such a file is left as it is, since its statements' extent is not known for sure.
/// </summary>
public sealed record FormatResult(string Original, string? Formatted, ImmutableArray<Diagnostic> SyntaxErrors)
{
    public bool HasSyntaxErrors => Formatted is null;

    /// <summary>Whether formatting changes the text (never for a file with syntax errors).</summary>
    public bool Changes => Formatted is not null && Formatted != Original;
}
