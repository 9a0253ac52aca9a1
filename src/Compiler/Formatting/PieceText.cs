using System;
using System.Text;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Formatting;

/// <summary>
/// How a piece is written: tokens as they are, but a quantity with one space between number
/// and unit when it had any; comments without trailing whitespace on any of their lines.
/// </summary>
internal static class PieceText
{
    public static void Append(StringBuilder output, string text, LayoutPiece piece)
    {
        var span = text.AsSpan(piece.Start, piece.Length);
        switch (piece.Kind)
        {
            case LayoutPieceKind.LineComment:
                output.Append(span.TrimEnd());
                break;
            case LayoutPieceKind.BlockComment:
                AppendBlockComment(output, span);
                break;
            case LayoutPieceKind.Token when piece.TokenKind == SyntaxKind.Quantity:
                AppendQuantity(output, span);
                break;
            default:
                output.Append(span);
                break;
        }
    }

    public static string Of(string text, LayoutPiece piece)
    {
        var builder = new StringBuilder(piece.Length);
        Append(builder, text, piece);
        return builder.ToString();
    }

    private static void AppendQuantity(StringBuilder output, System.ReadOnlySpan<char> span)
    {
        var gap = span.IndexOfAny(' ', '\t');
        if (gap < 0)
        {
            output.Append(span);
            return;
        }

        output.Append(span[..gap]).Append(' ').Append(span[gap..].TrimStart(" \t"));
    }

    private static void AppendBlockComment(StringBuilder output, System.ReadOnlySpan<char> span)
    {
        while (true)
        {
            var newline = span.IndexOf('\n');
            if (newline < 0)
            {
                output.Append(span);
                return;
            }

            output.Append(span[..newline].TrimEnd()).Append('\n');
            span = span[(newline + 1)..];
        }
    }
}
