using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace TopoLang.Compiler.Emit.Yaml;

/// <summary>
/// A double-quoted YAML scalar: the one style that can hold any string on one line. Printable
/// characters are written as they are (UTF-8); the quote, the backslash, control characters,
/// line breaks (U+0085, U+2028, U+2029), the byte order mark and the non-characters U+FFFE and
/// U+FFFF are escaped, as libyaml escapes them. A lone surrogate, which UTF-8 cannot hold, is
/// written as U+FFFD, as the encoder of every other file does.
/// </summary>
internal static class YamlDoubleQuoted
{
    public static void Write(IBufferWriter<byte> output, string value)
    {
        output.Write("\""u8);
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var run = rest.IndexOfAnyExcept(PlainAscii.ButQuoteAndBackslash);
            if (run < 0)
            {
                run = rest.Length;
            }

            if (run > 0)
            {
                var span = output.GetSpan(run);
                output.Advance(Encoding.ASCII.GetBytes(rest[..run], span));
                rest = rest[run..];
                continue;
            }

            Rune.DecodeFromUtf16(rest, out var rune, out var consumed);
            Character(output, rune);
            rest = rest[consumed..];
        }

        output.Write("\""u8);
    }

    private static void Character(IBufferWriter<byte> output, Rune rune)
    {
        var escape = rune.Value switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            0x00 => "\\0",
            0x07 => "\\a",
            0x08 => "\\b",
            0x09 => "\\t",
            0x0A => "\\n",
            0x0B => "\\v",
            0x0C => "\\f",
            0x0D => "\\r",
            0x1B => "\\e",
            0x85 => "\\N",
            0x2028 => "\\L",
            0x2029 => "\\P",
            < 0x20 or (>= 0x7F and < 0xA0) => "\\x" + rune.Value.ToString("X2", CultureInfo.InvariantCulture),
            0xFEFF or 0xFFFE or 0xFFFF => "\\u" + rune.Value.ToString("X4", CultureInfo.InvariantCulture),
            _ => null,
        };
        if (escape is not null)
        {
            var span = output.GetSpan(escape.Length);
            output.Advance(Encoding.ASCII.GetBytes(escape, span));
            return;
        }

        output.Advance(rune.EncodeToUtf8(output.GetSpan(4)));
    }
}
