using System;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Formatting;

/// <summary>
/// The check that formatting moved whitespace only: the formatted text, lexed again, has the
/// original's tokens and comments in the same order. Statement ends (newline or `;`) and a
/// list's trailing comma are what the layout may change, so they are not compared.
/// </summary>
internal static class LayoutEquivalence
{
    public static void EnsureSameTokens(string original, LayoutPiece[] originalPieces, string formatted)
    {
        var tokens = new Lexer(SourceText.From(formatted), new DiagnosticBag()).Tokenize();
        var formattedPieces = LayoutPieces.From(formatted, tokens.AsSpan());
        int left = Next(originalPieces, -1), right = Next(formattedPieces, -1);
        while (!originalPieces[left].Is(SyntaxKind.EndOfFile) && !formattedPieces[right].Is(SyntaxKind.EndOfFile))
        {
            if (!Same(original, originalPieces[left], formatted, formattedPieces[right]))
            {
                throw new InvalidOperationException($"Formatting would change the file at offset {originalPieces[left].Start}: '{PieceText.Of(original, originalPieces[left])}' became '{PieceText.Of(formatted, formattedPieces[right])}'.");
            }

            left = Next(originalPieces, left);
            right = Next(formattedPieces, right);
        }

        if (!originalPieces[left].Is(SyntaxKind.EndOfFile) || !formattedPieces[right].Is(SyntaxKind.EndOfFile))
        {
            throw new InvalidOperationException("Formatting would change the number of tokens of the file.");
        }
    }

    private static int Next(LayoutPiece[] pieces, int index)
    {
        do
        {
            index++;
        }
        while (IsLayout(pieces, index));

        return index;
    }

    private static bool IsLayout(LayoutPiece[] pieces, int index)
    {
        var piece = pieces[index];
        if (piece.Is(SyntaxKind.Newline) || piece.Is(SyntaxKind.Semicolon))
        {
            return true;
        }

        if (!piece.Is(SyntaxKind.Comma))
        {
            return false;
        }

        var next = index + 1;
        while (pieces[next].Is(SyntaxKind.Newline))
        {
            next++;
        }

        return pieces[next].Is(SyntaxKind.CloseBracket);
    }

    private static bool Same(string leftText, LayoutPiece left, string rightText, LayoutPiece right)
    {
        if (left.Kind != right.Kind || left.TokenKind != right.TokenKind)
        {
            return false;
        }

        var exact = left.Kind == LayoutPieceKind.Token && left.TokenKind != SyntaxKind.Quantity;
        return exact
            ? leftText.AsSpan(left.Start, left.Length).SequenceEqual(rightText.AsSpan(right.Start, right.Length))
            : PieceText.Of(leftText, left) == PieceText.Of(rightText, right);
    }
}
