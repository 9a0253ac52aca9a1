using System;

namespace TopoLang.Compiler.Text;

/// <summary>
/// The characters of a source text, read where they are kept: the UTF-16 code units of a string,
/// or the bytes of a text that is all ASCII, where each byte is one character and a byte's offset
/// is its character's (<see cref="SourceText"/>), or the blocks of a large ASCII file read as the
/// parse reaches them (<see cref="StreamedAscii"/>). The lexer and the parser read through this,
/// so that an ASCII file is never widened into a string of twice its size to be checked.
/// </summary>
internal readonly struct SourceChars
{
    private readonly string? _utf16;
    private readonly byte[]? _ascii;
    private readonly StreamedAscii? _streamed;

    // A streamed text's table of blocks and their size, kept here so that the lexer's read of a
    // character in a held block is two array reads, not a call into the streamed text.
    private readonly byte[]?[]? _blocks;
    private readonly int _blockShift;

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

    public SourceChars(StreamedAscii streamed)
    {
        _streamed = streamed;
        _blocks = streamed.Blocks;
        _blockShift = streamed.BlockShift;
        Length = streamed.Length;
    }

    public int Length { get; }

    /// <summary>The blocks of a streamed text; null for a text held whole.</summary>
    public StreamedAscii? Streamed => _streamed;

    public char this[int index]
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_ascii is { } ascii)
            {
                return (char)ascii[index];
            }

            if (_blocks is { } blocks)
            {
                return blocks[index >> _blockShift] is { } block ? (char)block[index & ((1 << _blockShift) - 1)] : _streamed![index];
            }

            return _utf16![index];
        }
    }

    /// <summary>For a streamed text, lets go of what lies wholly before <paramref name="position"/> (<see cref="StreamedAscii.ReleaseBefore"/>); nothing for a text held whole.</summary>
    public void ReleaseBefore(int position) => _streamed?.ReleaseBefore(position);

    /// <summary>The first <paramref name="value"/> at or after <paramref name="start"/>; -1 when none.</summary>
    public int IndexOf(char value, int start)
    {
        if (_streamed is { } streamed)
        {
            return value < 0x80 ? StreamedSearch.IndexOf(streamed, (byte)value, start) : -1;
        }

        var found = _ascii is { } ascii
            ? value < 0x80 ? ascii.AsSpan(start).IndexOf((byte)value) : -1
            : _utf16!.AsSpan(start).IndexOf(value);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>The first <paramref name="value"/> at or after <paramref name="start"/>; -1 when none.</summary>
    public int IndexOf(string value, int start)
    {
        int found;
        if (_streamed is { } streamed)
        {
            Span<byte> bytes = stackalloc byte[value.Length];
            return TryNarrow(value, bytes) ? StreamedSearch.IndexOf(streamed, bytes, start) : -1;
        }
        else if (_ascii is { } ascii)
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
        _streamed is { } streamed
            ? value < 0x80 ? StreamedSearch.LastIndexOf(streamed, (byte)value, position) : -1
            : _ascii is { } ascii
            ? value < 0x80 ? ascii.AsSpan(0, position + 1).LastIndexOf((byte)value) : -1
            : _utf16!.AsSpan(0, position + 1).LastIndexOf(value);

    /// <summary>The start of the last <paramref name="value"/> lying wholly before <paramref name="end"/>; -1 when none.</summary>
    public int LastIndexOf(string value, int end)
    {
        if (_streamed is { } streamed)
        {
            Span<byte> needle = stackalloc byte[value.Length];
            return TryNarrow(value, needle) ? StreamedSearch.LastIndexOf(streamed, needle, end) : -1;
        }

        if (_ascii is { } ascii)
        {
            Span<byte> bytes = stackalloc byte[value.Length];
            return TryNarrow(value, bytes) ? ascii.AsSpan(0, end).LastIndexOf(bytes) : -1;
        }

        return _utf16!.AsSpan(0, end).LastIndexOf(value, StringComparison.Ordinal);
    }

    /// <summary>For each of <paramref name="values"/>, the start of its last place lying wholly before <paramref name="end"/> (-1 when none): a streamed text is read from the end once for all of them.</summary>
    public void LastIndexOfEach(string[] values, int end, Span<int> found)
    {
        if (_streamed is { } streamed)
        {
            StreamedSearch.LastIndexOfEach(streamed, values, end, found);
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            found[i] = LastIndexOf(values[i], end);
        }
    }

    /// <summary>Whether the text at <paramref name="position"/> starts with <paramref name="value"/>.</summary>
    public bool StartsWith(int position, string value)
    {
        if (_utf16 is null)
        {
            Span<byte> bytes = stackalloc byte[value.Length];
            return TryNarrow(value, bytes) && (_streamed is { } streamed ? StreamedSearch.StartsWith(streamed, position, bytes) : _ascii.AsSpan(position).StartsWith(bytes));
        }

        return _utf16!.AsSpan(position).StartsWith(value, StringComparison.Ordinal);
    }

    public int Count(char value) =>
        _streamed is { } streamed
            ? value < 0x80 ? StreamedSearch.Count(streamed, (byte)value) : 0
            : _ascii is { } ascii
            ? value < 0x80 ? ascii.AsSpan().Count((byte)value) : 0
            : _utf16!.AsSpan().Count(value);

    /// <summary>
    /// The characters of <paramref name="span"/>: a slice of the string, or the bytes widened
    /// into <paramref name="scratch"/> (into a new array when they do not fit). Read it before
    /// the scratch is used again.
    /// </summary>
    public ReadOnlySpan<char> Read(TextSpan span, Span<char> scratch)
    {
        if (_utf16 is not null)
        {
            return _utf16.AsSpan(span.Start, span.Length);
        }

        var chars = span.Length <= scratch.Length ? scratch[..span.Length] : new char[span.Length];
        CopyAscii(span.Start, chars);
        return chars;
    }

    public string ToString(TextSpan span) =>
        _utf16 is not null
            ? _utf16.Substring(span.Start, span.Length)
            : string.Create(span.Length, (this, span.Start), static (chars, state) => state.Item1.CopyAscii(state.Start, chars));

    /// <summary>Widens the ASCII characters from <paramref name="start"/> into <paramref name="chars"/>, across blocks for a streamed text.</summary>
    private void CopyAscii(int start, Span<char> chars)
    {
        if (_ascii is { } ascii)
        {
            System.Text.Ascii.ToUtf16(ascii.AsSpan(start, chars.Length), chars, out _);
            return;
        }

        StreamedSearch.CopyTo(_streamed!, start, chars);
    }

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
