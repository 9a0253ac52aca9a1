using System;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Formatting;

/// <summary>The tokens of a file with the comments of their trivia between them, in order; whitespace dropped.</summary>
internal static class LayoutPieces
{
    /// <summary>The pieces; the array may be longer than they are (not copied to size: on a large file it is tens of megabytes), the last one <see cref="SyntaxKind.EndOfFile"/>.</summary>
    public static LayoutPiece[] From(string text, ReadOnlySpan<SyntaxToken> tokens)
    {
        // Comments are rare next to tokens: a sixteenth more rarely needs to grow.
        var pieces = new LayoutPiece[tokens.Length + (tokens.Length / 16) + 16];
        var count = 0;
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            for (var position = previousEnd; position < token.Start;)
            {
                var trivia = TriviaScanner.ScanOne(text, position) ?? throw new InvalidOperationException($"No trivia at {position}.");
                if (trivia.Kind is TriviaKind.LineComment or TriviaKind.BlockComment)
                {
                    Add(ref pieces, ref count, new LayoutPiece(trivia.Kind == TriviaKind.LineComment ? LayoutPieceKind.LineComment : LayoutPieceKind.BlockComment, default, trivia.Span.Start, trivia.Span.Length));
                }

                position = trivia.Span.End;
            }

            Add(ref pieces, ref count, new LayoutPiece(LayoutPieceKind.Token, token.Kind, token.Start, token.Length));
            previousEnd = token.End;
        }

        return pieces;
    }

    private static void Add(ref LayoutPiece[] pieces, ref int count, LayoutPiece piece)
    {
        if (count == pieces.Length)
        {
            Array.Resize(ref pieces, pieces.Length * 2);
        }

        pieces[count++] = piece;
    }
}
