using System;
using System.Collections.Immutable;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Formatting;

/// <summary>
/// `topo fmt`'s layout of a .topo file (docs/language.md, "Formatting"): whitespace and line
/// breaks are rewritten, tokens and comments are not. A file the parser reports anything on is
/// left alone; after formatting, the tokens are compared with the original's, so a formatter
/// bug can only ever stop a file from being rewritten, never change what it means.
/// </summary>
public static class TopoFormatter
{
    public static FormatResult Format(SourceText source)
    {
        var (tokens, diagnostics) = SyntaxTree.ParseTokens(source);
        if (!diagnostics.IsEmpty)
        {
            return new FormatResult(source.Text, null, diagnostics);
        }

        var pieces = LayoutPieces.From(source.Text, tokens.AsSpan());
        var formatted = LayoutWriter.Write(source.Text, pieces, LayoutReader.Read(pieces));
        LayoutEquivalence.EnsureSameTokens(source.Text, pieces, formatted);
        return new FormatResult(source.Text, formatted, ImmutableArray<Diagnostics.Diagnostic>.Empty);
    }

    public static FormatResult Format(string text) => Format(SourceText.From(text));
}
