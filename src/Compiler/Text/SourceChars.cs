using System;

namespace TopoLang.Compiler.Text;

/// <summary>
/// The characters of a source text, read where they are kept: the UTF-16 code units of a string,
/// or the bytes of a text that is all ASCII, where each byte is one character and a byte's offset
/// is its character's (<see cref="SourceText"/>). The lexer and the parser read through this, so
/// that an ASCII file is never widened into a string of twice its size to be checked.
/// </summary>
internal readonly struct SourceChars
{
    private readonly string? _utf16;
    private readonly byte[]? _ascii;

    public SourceChars(string text)
    {
        _utf16 = text;
        Length = text.Length;
    }

    /// <param name="ascii">Bytes that are all below 0x80 (the caller checked).</param>
    public SourceChars(byte[] ascii)
    {
        _ascii = ascii;
        Length = ascii.Length;
    }

    public int Length { get; }

    public char this[int index] => _ascii is { } ascii ? (char)ascii[index] : _utf16![index];

    /// <summary>The first <paramref name="value"/> at or after <paramref name="start"/>; -1 when none.</summary>
    public int IndexOf(char value, int start)
    {
        var found = _ascii is { } ascii
            ? value < 0x80 ? ascii.AsSpan(start).IndexOf((byte)value) : -1
            : _utf16!.AsSpan(start).IndexOf(value);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>The first <paramref name="value"/> at or after <paramref name="start"/>; -1 when none.</summary>
    public int IndexOf(string value, int start)
    {
        int found;
        if (_ascii is { } ascii)
        {
            Span<byte> bytes = stackalloc byte[value.Length];
            found = TryNarrow(value, bytes) ? ascii.AsSpan(start).IndexOf(bytes) : -1;
        }
        else
        {
            found = _utf16!.AsSpan(start).IndexOf(value, StringComparison.Ordinal);
        }

        return found < 0 ? -1 : start + found;
    }

    /// <summary>The last <paramref name="value"/> at or before <paramref name="position"/>; -1 when none.</summary>
    public int LastIndexOf(char value, int position) =>
        _ascii is { } ascii
            ? value < 0x80 ? ascii.AsSpan(0, position + 1).LastIndexOf((byte)value) : -1
            : _utf16!.AsSpan(0, position + 1).LastIndexOf(value);

    /// <summary>The start of the last <paramref name="value"/> lying wholly before <paramref name="end"/>; -1 when none.</summary>
    public int LastIndexOf(string value, int end)
    {
        if (_ascii is { } ascii)
        {
            Span<byte> bytes = stackalloc byte[value.Length];
            return TryNarrow(value, bytes) ? ascii.AsSpan(0, end).LastIndexOf(bytes) : -1;
        }

        return _utf16!.AsSpan(0, end).LastIndexOf(value, StringComparison.Ordinal);
    }

    /// <summary>Whether the text at <paramref name="position"/> starts with <paramref name="value"/>.</summary>
    public bool StartsWith(int position, string value)
    {
        if (_ascii is { } ascii)
        {
            Span<byte> bytes = stackalloc byte[value.Length];
            return TryNarrow(value, bytes) && ascii.AsSpan(position).StartsWith(bytes);
        }

        return _utf16!.AsSpan(position).StartsWith(value, StringComparison.Ordinal);
    }

    public int Count(char value) =>
        _ascii is { } ascii
            ? value < 0x80 ? ascii.AsSpan().Count((byte)value) : 0
            : _utf16!.AsSpan().Count(value);

    /// <summary>
    /// The characters of <paramref name="span"/>: a slice of the string, or the bytes widened
    /// into <paramref name="scratch"/> (into a new array when they do not fit). Read it before
    /// the scratch is used again.
    /// </summary>
    public ReadOnlySpan<char> Read(TextSpan span, Span<char> scratch)
    {
        if (_ascii is not { } ascii)
        {
            return _utf16.AsSpan(span.Start, span.Length);
        }

        var chars = span.Length <= scratch.Length ? scratch[..span.Length] : new char[span.Length];
        System.Text.Ascii.ToUtf16(ascii.AsSpan(span.Start, span.Length), chars, out _);
        return chars;
    }

    public string ToString(TextSpan span) =>
        _ascii is { } ascii
            ? string.Create(span.Length, (ascii, span.Start), static (chars, state) => System.Text.Ascii.ToUtf16(state.ascii.AsSpan(state.Start, chars.Length), chars, out _))
            : _utf16!.Substring(span.Start, span.Length);

    // An ASCII text holds no other character: a value with one is nowhere in it.
    private static bool TryNarrow(string value, Span<byte> bytes)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] >= 0x80)
            {
                return false;
            }

            bytes[i] = (byte)value[i];
        }

        return true;
    }
}
