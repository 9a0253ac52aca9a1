using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace TopoLang.Compiler.Text;

/// <summary>
/// The text of one source file and the map from offsets to lines. LF and CRLF end a line;
/// a lone CR does not (docs/language.md, "Grammar").
/// </summary>
public sealed class SourceText
{
    private readonly ImmutableArray<int> _lineStarts;

    private SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path as the user gave it; diagnostics print it unchanged.</summary>
    public string Path { get; }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public char this[int index] => Text[index];

    public static SourceText From(string text, string path = "") => new(path, text);

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The 0-based index of the line holding <paramref name="position"/>.</summary>
    public int GetLineIndex(int position)
    {
        var index = _lineStarts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        var line = GetLineIndex(position);
        return new LinePosition(line + 1, position - _lineStarts[line] + 1);
    }

    /// <summary>The span of a 0-based line, without its line break.</summary>
    public TextSpan GetLineSpan(int lineIndex)
    {
        var start = _lineStarts[lineIndex];
        var end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Text.Length;
        if (end > start && Text[end - 1] == '\n')
        {
            end--;
            if (end > start && Text[end - 1] == '\r')
            {
                end--;
            }
        }

        return TextSpan.FromBounds(start, end);
    }

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        // Counted first, so the array is made once at its size: a large file's line starts were
        // a list grown by doubling and then copied, three times the memory they need.
        var starts = new int[text.AsSpan().Count('\n') + 1];
        var line = 1;
        var index = text.IndexOf('\n');
        while (index >= 0)
        {
            starts[line++] = index + 1;
            index = text.IndexOf('\n', index + 1);
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(starts);
    }
}
