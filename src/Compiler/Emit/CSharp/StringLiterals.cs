using System;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TopoLang.Compiler.Emit.CSharp;

/// <summary>
/// A C# string literal appended to generated text, as Roslyn formats it (SyntaxFactory.Literal).
/// A name of printable ASCII with no quote or backslash is the one text Roslyn would write,
/// quoted (a test holds the two equal for any string); anything else is formatted by Roslyn.
/// A fleet's file names 100,000 entities: a token and a string each was much of its cost.
/// </summary>
internal static class StringLiterals
{
    public static Utf8Builder Append(Utf8Builder text, string value) =>
        value.AsSpan().ContainsAnyExcept(PlainAscii.ButQuoteAndBackslash)
            ? text.Append(Literal(value).Text)
            : text.Append('"').Append(value).Append('"');
}
