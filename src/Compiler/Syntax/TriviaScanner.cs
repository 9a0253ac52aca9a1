using System;
using System.Collections.Generic;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// Reads trivia: whitespace, comments, and runs of characters that start no token. The lexer
/// uses it to skip trivia; the tree uses it to list a token's leading trivia on demand, so
/// tokens need not carry trivia objects.
/// </summary>
public static class TriviaScanner
{
    /// <summary>The trivia that starts at <paramref name="position"/>, or null when a token or a newline starts there.</summary>
    public static SyntaxTrivia? ScanOne(string text, int position) => ScanOne(new SourceChars(text), position);

    internal static SyntaxTrivia? ScanOne(SourceChars text, int position)
    {
        if (position >= text.Length)
        {
            return null;
        }

        var c = text[position];
        if (SyntaxFacts.IsWhitespace(c))
        {
            var end = position + 1;
            while (end < text.Length && SyntaxFacts.IsWhitespace(text[end]))
            {
                end++;
            }

            return new SyntaxTrivia(TriviaKind.Whitespace, TextSpan.FromBounds(position, end));
        }

        if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
        {
            var end = text.IndexOf('\n', position);
            return new SyntaxTrivia(TriviaKind.LineComment, TextSpan.FromBounds(position, end < 0 ? text.Length : end));
        }

        if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
        {
            var close = text.IndexOf("*/", position + 2);
            return new SyntaxTrivia(TriviaKind.BlockComment, TextSpan.FromBounds(position, close < 0 ? text.Length : close + 2));
        }

        if (c == '\n' || IsTokenStart(c))
        {
            return null;
        }

        return new SyntaxTrivia(TriviaKind.SkippedText, TextSpan.FromBounds(position, EndOfSkippedText(text, position)));
    }

    public static IEnumerable<SyntaxTrivia> ScanAll(string text, TextSpan span)
    {
        var position = span.Start;
        while (position < span.End)
        {
            var trivia = ScanOne(text, position) ?? throw new InvalidOperationException($"No trivia at {position}.");
            yield return trivia;
            position = trivia.Span.End;
        }
    }

    public static bool IsTokenStart(char c) =>
        SyntaxFacts.IsIdentifierStart(c) || SyntaxFacts.IsDigit(c) || c switch
        {
            '"' or '{' or '}' or '[' or ']' or ',' or ';' or ':' or '=' or '.' => true,
            _ => false,
        };

    private static int EndOfSkippedText(SourceChars text, int position)
    {
        var end = position + 1; // at least the first character, even a '/' that starts no comment
        while (end < text.Length)
        {
            var c = text[end];
            if (SyntaxFacts.IsWhitespace(c) || c == '\n' || c == '/' || IsTokenStart(c))
            {
                break;
            }

            end++;
        }

        return end;
    }
}
