using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace TopoLang.Compiler.Text;

/// <summary>
/// The text of one source file and the map from offsets to lines. LF and CRLF end a line;
/// a lone CR does not (docs/language.md, "Grammar").
/// </summary>
/// <remarks>
/// A file that is all ASCII (nearly every topology) is kept as its bytes, one character each, and
/// made into a string only when someone asks for <see cref="Text"/> (a diagnostic's excerpt, the
/// language server, the formatter): checking a file reads its bytes through <see cref="Chars"/>.
/// At 100,000 guests that is 17 MB instead of a string of 35 MB, written into fresh memory; a
/// compile that asks for it (<see cref="TopoCompilationOptions.StreamLargeFiles"/>) holds only the
/// few blocks of it that the parse and the binder are in (<see cref="StreamedAscii"/>).
/// </remarks>
public sealed class SourceText
{
    private ImmutableArray<int> _lineStarts;
    private string? _text;

    private SourceText(string path, string? text, SourceChars chars)
    {
        Path = path;
        _text = text;
        Chars = chars;
    }

    /// <summary>The path as the user gave it; diagnostics print it unchanged.</summary>
    public string Path { get; }

    /// <summary>The whole text; for a text kept as ASCII bytes, made on first use.</summary>
    public string Text => _text ?? MakeText();

    public int Length => Chars.Length;

    public int LineCount => LineStarts.Length;

    public char this[int index] => Chars[index];

    /// <summary>The characters where they are kept, for readers that must not make the whole string.</summary>
    internal SourceChars Chars { get; }

    /// <summary>Whether <see cref="Text"/> exists as a string (always, unless the text is kept as ASCII bytes and nobody asked).</summary>
    internal bool HasText => _text is not null;

    public static SourceText From(string text, string path = "") => new(path, text, new SourceChars(text));

    /// <summary>A text kept as its bytes; every byte must be below 0x80.</summary>
    internal static SourceText FromAscii(byte[] ascii, string path) => new(path, null, new SourceChars(ascii));

    /// <summary>A large ASCII file read as the parse reaches it (<see cref="StreamedAscii"/>).</summary>
    internal static SourceText FromStreamedAscii(StreamedAscii streamed, string path) => new(path, null, new SourceChars(streamed));

    public string ToString(TextSpan span) => Chars.ToString(span);

    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The 0-based index of the line holding <paramref name="position"/>.</summary>
    public int GetLineIndex(int position)
    {
        var index = LineStarts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        var line = GetLineIndex(position);
        return new LinePosition(line + 1, position - LineStarts[line] + 1);
    }

    /// <summary>The span of a 0-based line, without its line break.</summary>
    public TextSpan GetLineSpan(int lineIndex)
    {
        var lineStarts = LineStarts;
        var start = lineStarts[lineIndex];
        var end = lineIndex + 1 < lineStarts.Length ? lineStarts[lineIndex + 1] : Length;
        if (end > start && Chars[end - 1] == '\n')
        {
            end--;
            if (end > start && Chars[end - 1] == '\r')
            {
                end--;
            }
        }

        return TextSpan.FromBounds(start, end);
    }

    // Made when a place is first turned into a line and column (a diagnostic, the language server):
    // a check that finds nothing never needs the 800,000 line starts of a 100,000-guest file.
    private ImmutableArray<int> LineStarts
    {
        get
        {
            if (_lineStarts.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _lineStarts, ComputeLineStarts(Chars));
            }

            return _lineStarts;
        }
    }

    private string MakeText()
    {
        // Two threads may ask at once (the parse runs ahead of the binder): one string wins.
        var made = Chars.ToString(new TextSpan(0, Length));
        return System.Threading.Interlocked.CompareExchange(ref _text, made, null) ?? made;
    }

    private static ImmutableArray<int> ComputeLineStarts(SourceChars text)
    {
        // Counted first, so the array is made once at its size: a large file's line starts were
        // a list grown by doubling and then copied, three times the memory they need.
        var starts = new int[text.Count('\n') + 1];
        var line = 1;
        var index = text.IndexOf('\n', 0);
        while (index >= 0)
        {
            starts[line++] = index + 1;
            index = text.IndexOf('\n', index + 1);
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(starts);
    }
}
