using System;
using System.Collections.Immutable;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Formatting;

/// <summary>
/// Groups the pieces of a file without syntax errors into statements, blocks and comment lines,
/// as the grammar does: a statement ends at a newline or `;` outside brackets, before a `}`, or
/// after its block. Comments are placed by where they stood: on a line of their own, after a
/// statement on its line, after a `{` on its line, or among a statement's tokens.
/// </summary>
internal sealed class LayoutReader
{
    private readonly LayoutPiece[] _pieces;
    private int _position;

    private LayoutReader(LayoutPiece[] pieces)
    {
        _pieces = pieces;
    }

    public static ImmutableArray<LayoutItem> Read(LayoutPiece[] pieces)
    {
        var reader = new LayoutReader(pieces);
        var (items, _) = reader.ReadItems(inBlock: false);
        return items;
    }

    private LayoutPiece Current => _pieces[_position];

    private (ImmutableArray<LayoutItem> Items, PieceRange OpeningComments) ReadItems(bool inBlock)
    {
        var items = ImmutableArray.CreateBuilder<LayoutItem>();
        var opening = PieceRange.Empty;
        var newlines = 0;
        while (true)
        {
            var piece = Current;
            if (piece.Is(SyntaxKind.EndOfFile) || piece.Is(SyntaxKind.CloseBrace))
            {
                if (inBlock != piece.Is(SyntaxKind.CloseBrace))
                {
                    throw new InvalidOperationException($"Unbalanced braces at {piece.Start}: the formatter reads only files without syntax errors.");
                }

                return (items.ToImmutable(), opening);
            }

            if (piece.Is(SyntaxKind.Newline) || piece.Is(SyntaxKind.Semicolon))
            {
                newlines += piece.Is(SyntaxKind.Newline) ? 1 : 0;
                _position++;
                continue;
            }

            var blankLineBefore = newlines >= 2;
            if (!piece.IsComment)
            {
                items.Add(ReadStatement(_position, blankLineBefore));
                newlines = 0;
                continue;
            }

            var commentsStart = _position;
            while (Current.IsComment)
            {
                _position++;
            }

            var comments = new PieceRange(commentsStart, _position);
            if (StartsStatement(Current))
            {
                items.Add(ReadStatement(commentsStart, blankLineBefore));
            }
            else if (newlines == 0 && items.Count > 0 && !items[^1].IsCommentLine)
            {
                // `a 1; // why`: the comment ends the line the statement is on.
                var previous = items[^1];
                items[^1] = previous with { Trailing = previous.Trailing.IsEmpty ? comments : new PieceRange(previous.Trailing.Start, comments.End) };
            }
            else if (newlines == 0 && items.Count == 0 && inBlock)
            {
                opening = comments;
            }
            else
            {
                items.Add(LayoutItem.CommentLine(comments, blankLineBefore));
            }

            newlines = 0;
        }
    }

    private static bool StartsStatement(LayoutPiece piece) =>
        !piece.IsComment && piece.TokenKind is not (SyntaxKind.Newline or SyntaxKind.Semicolon or SyntaxKind.CloseBrace or SyntaxKind.EndOfFile);

    private LayoutItem ReadStatement(int headStart, bool blankLineBefore)
    {
        _position = headStart;
        var brackets = 0;
        while (true)
        {
            var piece = Current;
            if (brackets == 0 && IsStatementEnd(piece))
            {
                break;
            }

            if (piece.Is(SyntaxKind.EndOfFile))
            {
                throw new InvalidOperationException("A list is not closed: the formatter reads only files without syntax errors.");
            }

            if (brackets == 0 && piece.Is(SyntaxKind.OpenBrace))
            {
                return ReadStatementWithBlock(headStart, blankLineBefore);
            }

            brackets += piece.Is(SyntaxKind.OpenBracket) ? 1 : piece.Is(SyntaxKind.CloseBracket) ? -1 : 0;
            _position++;
        }

        // Comments after the last token of the line follow the statement, not its head.
        var headEnd = _position;
        while (_pieces[headEnd - 1].IsComment)
        {
            headEnd--;
        }

        return LayoutItem.Statement(new PieceRange(headStart, headEnd), null, new PieceRange(headEnd, _position), blankLineBefore);
    }

    private LayoutItem ReadStatementWithBlock(int headStart, bool blankLineBefore)
    {
        var headEnd = _position;
        _position++; // `{`
        var (items, opening) = ReadItems(inBlock: true);
        _position++; // `}`
        var trailingStart = _position;
        while (Current.IsComment)
        {
            _position++;
        }

        return LayoutItem.Statement(new PieceRange(headStart, headEnd), new LayoutBlock(items, opening), new PieceRange(trailingStart, _position), blankLineBefore);
    }

    private static bool IsStatementEnd(LayoutPiece piece) =>
        piece.Is(SyntaxKind.Newline) || piece.Is(SyntaxKind.Semicolon) || piece.Is(SyntaxKind.CloseBrace) || piece.Is(SyntaxKind.EndOfFile);
}
