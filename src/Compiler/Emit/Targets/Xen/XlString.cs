using System;
using System.Text;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// Writes any text as an xl.cfg double-quoted string that xl's parser (libxlu) reads back to the
/// same text. libxlu understands `\" \\ \' \a \b \f \n \r \t \v` inside "..."; its numeric
/// escapes (`\x41`, `\101`) are broken in Xen 4.17 (the character is dropped, or the file is
/// rejected), and DEL is lost even when written raw. So a control character without a letter
/// escape, and NUL (a C string cannot hold it), become U+FFFD: never a broken file, and no raw
/// terminal escape sequence in a file an operator will `cat`. The result never holds a newline,
/// so it is also safe inside a `#` comment.
/// </summary>
public static class XlString
{
    public const char Replacement = '\uFFFD';

    public static string Quote(string value) => Utf8Builder.TextOf(text => AppendQuoted(text, value));

    /// <summary>Appends <paramref name="value"/> quoted, as <see cref="Quote"/> writes it, to <paramref name="builder"/>.</summary>
    internal static Utf8Builder AppendQuoted(Utf8Builder builder, string value) =>
        AppendEscaped(builder.Append('"'), value).Append('"');

    /// <summary>
    /// Appends <paramref name="value"/> as the inside of a quoted string: a string quoted in parts
    /// is the string quoted whole, every escape being of one character (a lone half of a pair,
    /// which has no escape, becomes U+FFFD either way).
    /// </summary>
    internal static Utf8Builder AppendEscaped(Utf8Builder builder, ReadOnlySpan<char> value)
    {
        if (!value.ContainsAnyExcept(PlainAscii.ButQuoteAndBackslash))
        {
            // Printable ASCII with nothing to escape, as names, paths and specs are: in one piece.
            return builder.Append(value);
        }

        foreach (var rune in value.EnumerateRunes())
        {
            AppendRune(builder, rune);
        }

        return builder;
    }

    private static void AppendRune(Utf8Builder builder, Rune rune)
    {
        var escape = LetterEscape(rune.Value);
        if (escape is not null)
        {
            builder.Append('\\').Append(escape.Value);
        }
        else if (Rune.IsControl(rune))
        {
            builder.Append(Replacement);
        }
        else
        {
            // EnumerateRunes already turned a lone surrogate into U+FFFD. Its chars go in as they
            // are: a string per character was most of what writing a fleet's xl.cfg files allocated.
            Span<char> chars = stackalloc char[2];
            builder.Append(chars[..rune.EncodeToUtf16(chars)]);
        }
    }

    private static char? LetterEscape(int value) => value switch
    {
        '"' => '"',
        '\\' => '\\',
        '\n' => 'n',
        '\r' => 'r',
        '\t' => 't',
        '\a' => 'a',
        '\b' => 'b',
        '\f' => 'f',
        '\v' => 'v',
        _ => null,
    };
}
