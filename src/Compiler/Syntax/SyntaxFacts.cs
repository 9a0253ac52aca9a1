using System;

namespace TopoLang.Compiler.Syntax;

/// <summary>Facts about the lexical structure of docs/language.md, "Lexical structure".</summary>
public static class SyntaxFacts
{
    public static bool IsIdentifierStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsHexDigit(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>Spaces and tabs, and other white space that is not a line break.</summary>
    public static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\u00A0' || c == '\uFEFF';

    public static SyntaxKind GetKeywordKind(ReadOnlySpan<char> text) => text switch
    {
        "topology" => SyntaxKind.TopologyKeyword,
        "namespace" => SyntaxKind.NamespaceKeyword,
        "import" => SyntaxKind.ImportKeyword,
        "param" => SyntaxKind.ParamKeyword,
        "for" => SyntaxKind.ForKeyword,
        "in" => SyntaxKind.InKeyword,
        "true" => SyntaxKind.TrueKeyword,
        "false" => SyntaxKind.FalseKeyword,
        _ => SyntaxKind.Identifier,
    };

    /// <summary>How a token kind reads in "expected X, found Y" messages.</summary>
    public static string GetDisplayText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.EndOfFile => "end of file",
        SyntaxKind.Newline => "end of line",
        SyntaxKind.Semicolon => "';'",
        SyntaxKind.OpenBrace => "'{'",
        SyntaxKind.CloseBrace => "'}'",
        SyntaxKind.OpenBracket => "'['",
        SyntaxKind.CloseBracket => "']'",
        SyntaxKind.Comma => "','",
        SyntaxKind.Colon => "':'",
        SyntaxKind.Equals => "'='",
        SyntaxKind.DotDot => "'..'",
        SyntaxKind.Dot => "'.'",
        SyntaxKind.Identifier => "a name",
        SyntaxKind.Number => "a number",
        SyntaxKind.Quantity => "a quantity",
        SyntaxKind.String => "a string",
        SyntaxKind.TopologyKeyword => "'topology'",
        SyntaxKind.NamespaceKeyword => "'namespace'",
        SyntaxKind.ImportKeyword => "'import'",
        SyntaxKind.ParamKeyword => "'param'",
        SyntaxKind.ForKeyword => "'for'",
        SyntaxKind.InKeyword => "'in'",
        SyntaxKind.TrueKeyword => "'true'",
        SyntaxKind.FalseKeyword => "'false'",
        _ => kind.ToString(),
    };

    /// <summary>Whether a whole string is an identifier (for STRING names after interpolation).</summary>
    public static bool IsValidIdentifier(string text)
    {
        if (text.Length == 0 || !IsIdentifierStart(text[0]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            var ok = IsIdentifierPart(c) || (c == '-' && i + 1 < text.Length && IsIdentifierPart(text[i + 1]));
            if (!ok)
            {
                return false;
            }
        }

        return GetKeywordKind(text) == SyntaxKind.Identifier;
    }

    public static bool IsKeyword(SyntaxKind kind) => kind >= SyntaxKind.TopologyKeyword;

    /// <summary>The keywords of the preamble: a file's statements are bound once the last of them is read.</summary>
    public static bool IsDirectiveKeyword(SyntaxKind kind) =>
        kind is SyntaxKind.ImportKeyword or SyntaxKind.ParamKeyword or SyntaxKind.TopologyKeyword or SyntaxKind.NamespaceKeyword;
}
