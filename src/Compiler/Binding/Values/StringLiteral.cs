using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>
/// Decodes the text of a String token (docs/language.md, "Lexical structure"): escapes `\" \\ \n \t \u{XXXX}` and
/// interpolations `${name}`. The lexer has already reported bad escapes, so anything malformed
/// is kept as the raw text it was written as, and decoding never throws. It consumes the same
/// characters the lexer does, so `\${x}` stays text here as it did there.
/// </summary>
public static class StringLiteral
{
    private const int MaxUnicodeDigits = 6;
    private const int ScannedUnicodeDigits = 8;

    /// <summary>
    /// The parts in order; adjacent text is merged into one part, and the empty string has no
    /// parts. A token without its closing quote (unterminated) decodes up to its end.
    /// </summary>
    public static ImmutableArray<StringPart> Decode(string tokenText)
    {
        var token = tokenText ?? string.Empty;
        var parts = ImmutableArray.CreateBuilder<StringPart>();
        var text = new StringBuilder();
        var position = token.StartsWith('"') ? 1 : 0;
        while (position < token.Length && token[position] != '"')
        {
            position = token[position] switch
            {
                '\\' => DecodeEscape(token, position, text),
                '$' when TryReadInterpolation(token, position, out var part) => Flush(parts, text, part),
                _ => Append(text, token[position], position),
            };
        }

        FlushText(parts, text);
        return parts.ToImmutable();
    }

    /// <summary>Whether the literal interpolates any name (and so is not a constant).</summary>
    public static bool HasInterpolation(string tokenText)
    {
        foreach (var part in Decode(tokenText))
        {
            if (part is InterpolationPart)
            {
                return true;
            }
        }

        return false;
    }

    private static int Append(StringBuilder text, char c, int position)
    {
        text.Append(c);
        return position + 1;
    }

    private static int Flush(ImmutableArray<StringPart>.Builder parts, StringBuilder text, InterpolationPart part)
    {
        FlushText(parts, text);
        parts.Add(part);
        return part.Offset + part.Length;
    }

    private static void FlushText(ImmutableArray<StringPart>.Builder parts, StringBuilder text)
    {
        if (text.Length > 0)
        {
            parts.Add(new TextPart(text.ToString()));
            text.Clear();
        }
    }

    /// <summary>Decodes the escape at <paramref name="start"/> and returns the position after it.</summary>
    private static int DecodeEscape(string token, int start, StringBuilder text)
    {
        var next = start + 1 < token.Length ? token[start + 1] : '\0';
        switch (next)
        {
            case '"' or '\\':
                text.Append(next);
                return start + 2;
            case 'n':
                text.Append('\n');
                return start + 2;
            case 't':
                text.Append('\t');
                return start + 2;
            case 'u' when start + 2 < token.Length && token[start + 2] == '{':
                return DecodeUnicodeEscape(token, start, text);
            default:
                var length = next is '\n' or '\0' ? 1 : 2;
                text.Append(token, start, length);
                return start + length;
        }
    }

    private static int DecodeUnicodeEscape(string token, int start, StringBuilder text)
    {
        var digitsStart = start + 3;
        var position = digitsStart;
        while (position < token.Length && SyntaxFacts.IsHexDigit(token[position]) && position - digitsStart < ScannedUnicodeDigits)
        {
            position++;
        }

        var digitCount = position - digitsStart;
        var closed = position < token.Length && token[position] == '}';
        var end = closed ? position + 1 : position;
        if (closed && digitCount is >= 1 and <= MaxUnicodeDigits
            && int.TryParse(token.AsSpan(digitsStart, digitCount), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var scalar)
            && IsScalarValue(scalar))
        {
            text.Append(char.ConvertFromUtf32(scalar));
        }
        else
        {
            text.Append(token, start, end - start);
        }

        return end;
    }

    /// <summary>`${name}` where name follows the identifier rule; anything else is plain text.</summary>
    private static bool TryReadInterpolation(string token, int start, [NotNullWhen(true)] out InterpolationPart? part)
    {
        part = null;
        var nameStart = start + 2;
        if (nameStart >= token.Length || token[start + 1] != '{' || !SyntaxFacts.IsIdentifierStart(token[nameStart]))
        {
            return false;
        }

        var nameEnd = ScanIdentifier(token, nameStart);
        if (nameEnd >= token.Length || token[nameEnd] != '}')
        {
            return false;
        }

        part = new InterpolationPart(token[nameStart..nameEnd], start, nameEnd + 1 - start);
        return true;
    }

    /// <summary>`[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*`, as the lexer scans it.</summary>
    private static int ScanIdentifier(string token, int start)
    {
        var position = start + 1;
        while (true)
        {
            while (position < token.Length && SyntaxFacts.IsIdentifierPart(token[position]))
            {
                position++;
            }

            if (position + 1 < token.Length && token[position] == '-' && SyntaxFacts.IsIdentifierPart(token[position + 1]))
            {
                position++;
                continue;
            }

            return position;
        }
    }

    private static bool IsScalarValue(int value) => value is >= 0 and <= 0x10FFFF and (< 0xD800 or > 0xDFFF);
}
