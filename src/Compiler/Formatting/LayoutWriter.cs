using System.Collections.Immutable;
using System.Text;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Formatting;

/// <summary>Writes the items of a file in the one canonical layout (docs/language.md, "Formatting").</summary>
internal sealed class LayoutWriter
{
    public const int MaxLineWidth = 100;
    private const int IndentWidth = 2;

    private readonly string _text;
    private readonly LayoutPiece[] _pieces;
    private readonly StringBuilder _output;

    private LayoutWriter(string text, LayoutPiece[] pieces)
    {
        _text = text;
        _pieces = pieces;
        _output = new StringBuilder(text.Length + (text.Length / 8) + 16);
    }

    public static string Write(string text, LayoutPiece[] pieces, ImmutableArray<LayoutItem> items)
    {
        var writer = new LayoutWriter(text, pieces);
        writer.WriteTopLevel(items);
        return writer._output.ToString();
    }

    private void WriteTopLevel(ImmutableArray<LayoutItem> items)
    {
        var units = TopLevelUnits.KindsOf(items, _pieces);
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0 && TopLevelUnits.BlankLineBetween(items, units, i))
            {
                _output.Append('\n');
            }

            WriteItem(items[i], 0);
        }
    }

    private void WriteItems(ImmutableArray<LayoutItem> items, int indent)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0 && items[i].BlankLineBefore)
            {
                _output.Append('\n');
            }

            WriteItem(items[i], indent);
        }
    }

    private void WriteItem(LayoutItem item, int indent)
    {
        if (!item.IsCommentLine)
        {
            WriteStatement(item, indent);
            return;
        }

        _output.Append(' ', indent);
        WriteComments(item.Head);
        _output.Append('\n');
    }

    private void WriteStatement(LayoutItem statement, int indent)
    {
        var lineStart = _output.Length;
        _output.Append(' ', indent);
        WriteHead(statement.Head, indent);
        if (statement.Block is { } block)
        {
            WriteBlock(statement, block, indent, lineStart);
            return;
        }

        WriteTrailing(statement.Trailing);
        _output.Append('\n');
    }

    private void WriteBlock(LayoutItem statement, LayoutBlock block, int indent, int lineStart)
    {
        if (block.Items.IsEmpty && block.OpeningComments.IsEmpty)
        {
            _output.Append(" {}");
            WriteTrailing(statement.Trailing);
            _output.Append('\n');
            return;
        }

        if (IsShort(block))
        {
            // Written on one line first; taken back when the block is too long. A comment after
            // it does not count: the block does not get shorter by being split.
            var mark = _output.Length;
            WriteOneLineBlock(block, indent);
            if (_output.Length - lineStart <= MaxLineWidth)
            {
                WriteTrailing(statement.Trailing);
                _output.Append('\n');
                return;
            }

            _output.Length = mark;
        }

        _output.Append(" {");
        if (!block.OpeningComments.IsEmpty)
        {
            _output.Append(' ');
            WriteComments(block.OpeningComments);
        }

        _output.Append('\n');
        WriteItems(block.Items, indent + IndentWidth);
        _output.Append(' ', indent).Append('}');
        WriteTrailing(statement.Trailing);
        _output.Append('\n');
    }

    /// <summary>A block that may stand on one line: entries without blocks, comments or blank lines between them.</summary>
    private bool IsShort(LayoutBlock block)
    {
        if (!block.OpeningComments.IsEmpty)
        {
            return false;
        }

        foreach (var item in block.Items)
        {
            if (item.IsCommentLine || item.Block is not null || !item.Trailing.IsEmpty || item.BlankLineBefore || HasComment(item.Head))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasComment(PieceRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (_pieces[i].IsComment)
            {
                return true;
            }
        }

        return false;
    }

    private void WriteOneLineBlock(LayoutBlock block, int indent)
    {
        _output.Append(" { ");
        for (var i = 0; i < block.Items.Length; i++)
        {
            if (i > 0)
            {
                _output.Append("; ");
            }

            WriteHead(block.Items[i].Head, indent);
        }

        _output.Append(" }");
    }

    /// <summary>
    /// A statement's words and values with single spaces. Newlines inside a list are dropped,
    /// except after a line comment, which must end its line: the list then goes on, indented.
    /// </summary>
    private void WriteHead(PieceRange head, int indent)
    {
        var brackets = 0;
        LayoutPiece? previous = null;
        for (var i = head.Start; i < head.End; i++)
        {
            var piece = _pieces[i];
            if (piece.Is(SyntaxKind.Newline) || IsTrailingComma(i, head.End))
            {
                continue;
            }

            brackets += piece.Is(SyntaxKind.CloseBracket) ? -1 : 0;
            if (previous is { Kind: LayoutPieceKind.LineComment })
            {
                _output.Append('\n').Append(' ', indent + (IndentWidth * brackets));
            }
            else if (previous is { } before && Spacing.Between(before, piece))
            {
                _output.Append(' ');
            }

            PieceText.Append(_output, _text, piece);
            brackets += piece.Is(SyntaxKind.OpenBracket) ? 1 : 0;
            previous = piece;
        }
    }

    /// <summary>`[a, b,]`: the comma before `]` (newlines between them aside) separates nothing.</summary>
    private bool IsTrailingComma(int index, int end)
    {
        if (!_pieces[index].Is(SyntaxKind.Comma))
        {
            return false;
        }

        var next = index + 1;
        while (next < end && _pieces[next].Is(SyntaxKind.Newline))
        {
            next++;
        }

        return next < end && _pieces[next].Is(SyntaxKind.CloseBracket);
    }

    private void WriteTrailing(PieceRange trailing)
    {
        if (!trailing.IsEmpty)
        {
            _output.Append(' ');
            WriteComments(trailing);
        }
    }

    /// <summary>Comments on one line, one space apart; a trailing range may hold the `;` that ended its statement, which is not written.</summary>
    private void WriteComments(PieceRange comments)
    {
        var first = true;
        for (var i = comments.Start; i < comments.End; i++)
        {
            if (!_pieces[i].IsComment)
            {
                continue;
            }

            if (!first)
            {
                _output.Append(' ');
            }

            PieceText.Append(_output, _text, _pieces[i]);
            first = false;
        }
    }
}
