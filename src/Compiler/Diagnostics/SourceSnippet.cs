using System;
using System.Text;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// The first source line of a span, made safe to print, and the underline that goes under it:
/// <see cref="Padding"/> (blanks, with the line's tabs echoed so the terminal expands both the
/// same way) then <see cref="Underline"/> (`^~~~`, at least one caret).
/// </summary>
internal sealed record SourceSnippet(int LineNumber, string Line, string Padding, string Underline)
{
    private const char Replacement = '\uFFFD';

    // A generated or minified file can put megabytes on one line; show a window around the
    // span instead, marked with "..." where the line was cut.
    private const int MaxShown = 200;
    private const int ShownBeforeSpan = 60;
    private const string Cut = "...";

    public static SourceSnippet Of(SourceLocation location)
    {
        var source = location.Source;
        var start = Math.Clamp(location.Span.Start, 0, source.Length);
        var lineIndex = source.GetLineIndex(start);
        var lineSpan = source.GetLineSpan(lineIndex);
        var line = source.ToString(lineSpan);

        // A span that runs past its line is underlined to the end of the first line; one that
        // starts on the line break gets a caret just after the last character.
        var from = Math.Min(start - lineSpan.Start, line.Length);
        var to = Math.Clamp(location.Span.End - lineSpan.Start, from, line.Length);

        var (shownStart, shownEnd) = Window(line, from);
        var shown = line[shownStart..shownEnd];
        var before = shownStart > 0 ? Cut : "";
        var after = shownEnd < line.Length ? Cut : "";

        return new SourceSnippet(
            lineIndex + 1,
            before + Printable(shown) + after,
            new string(' ', before.Length) + PaddingFor(shown, from - shownStart),
            UnderlineFor(shown, from - shownStart, Math.Min(to, shownEnd) - shownStart));
    }

    private static (int Start, int End) Window(string line, int from)
    {
        if (line.Length <= MaxShown)
        {
            return (0, line.Length);
        }

        var end = Math.Min(line.Length, Math.Max(from, ShownBeforeSpan) - ShownBeforeSpan + MaxShown);
        var start = end - MaxShown;

        // Never split a surrogate pair at either edge.
        if (start > 0 && char.IsLowSurrogate(line[start]))
        {
            start++;
        }

        if (end < line.Length && char.IsLowSurrogate(line[end]))
        {
            end++;
        }

        return (start, end);
    }

    // Control characters (a lone CR, ESC, NUL from a binary file) would move the cursor or
    // change the terminal's state; one replacement character keeps the columns.
    private static string Printable(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            builder.Append(char.IsControl(c) && c != '\t' ? Replacement : c);
        }

        return builder.ToString();
    }

    private static string PaddingFor(string line, int end)
    {
        var builder = new StringBuilder(end);
        for (var i = 0; i < end; i += CharCount(line, i))
        {
            if (line[i] == '\t')
            {
                builder.Append('\t');
            }
            else
            {
                builder.Append(' ', Cells(line, i));
            }
        }

        return builder.ToString();
    }

    private static string UnderlineFor(string line, int from, int to)
    {
        var cells = 0;
        for (var i = from; i < to; i += CharCount(line, i))
        {
            cells += line[i] == '\t' ? 1 : Cells(line, i);
        }

        return "^" + new string('~', Math.Max(cells, 1) - 1);
    }

    private static int Cells(string line, int index) =>
        char.IsControl(line[index]) ? 1 : TerminalCellWidth.Of(CodePointAt(line, index));

    private static int CharCount(string line, int index) =>
        char.IsSurrogatePair(line, index) ? 2 : 1;

    private static int CodePointAt(string line, int index) =>
        char.IsSurrogatePair(line, index) ? char.ConvertToUtf32(line[index], line[index + 1]) : line[index];
}
