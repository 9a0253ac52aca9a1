using TopoLang.Compiler.Text;
using TopoLang.LanguageServer.Protocol;
using Range = TopoLang.LanguageServer.Protocol.Range;

namespace TopoLang.LanguageServer.Workspace;

/// <summary>
/// LSP positions (0-based line, UTF-16 column) and offsets in a <see cref="SourceText"/>. Lines end
/// at LF or CRLF, as the compiler counts them; a column past the end of its line means its end.
/// </summary>
public static class TextPositions
{
    public static int ToOffset(SourceText text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= text.LineCount)
        {
            return text.Length;
        }

        var line = text.GetLineSpan(position.Line);
        return line.Start + System.Math.Clamp(position.Character, 0, line.Length);
    }

    public static Position ToPosition(SourceText text, int offset)
    {
        var position = text.GetLinePosition(System.Math.Clamp(offset, 0, text.Length));
        return new Position(position.Line - 1, position.Column - 1);
    }

    public static Range ToRange(SourceText text, TextSpan span) => new(ToPosition(text, span.Start), ToPosition(text, span.End));

    public static Range ToRange(SourceLocation location) => ToRange(location.Source, location.Span);

    /// <summary>The text after one change of `didChange`: the whole text, or the range replaced.</summary>
    public static string Apply(SourceText text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return change.Text ?? string.Empty;
        }

        var start = ToOffset(text, change.Range.Start);
        var end = System.Math.Max(start, ToOffset(text, change.Range.End));
        return string.Concat(System.MemoryExtensions.AsSpan(text.Text, 0, start), change.Text ?? string.Empty, System.MemoryExtensions.AsSpan(text.Text, end));
    }
}
