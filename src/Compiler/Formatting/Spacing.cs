using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Formatting;

/// <summary>Where one space goes between two pieces on a line: everywhere, except around `.` and `..`, inside `[ ]`, and before `,` `;` `:`.</summary>
internal static class Spacing
{
    public static bool Between(LayoutPiece previous, LayoutPiece next) => !NoSpaceAfter(previous) && !NoSpaceBefore(next);

    private static bool NoSpaceAfter(LayoutPiece piece) =>
        piece.Is(SyntaxKind.OpenBracket) || piece.Is(SyntaxKind.DotDot) || piece.Is(SyntaxKind.Dot);

    private static bool NoSpaceBefore(LayoutPiece piece) =>
        !piece.IsComment && piece.TokenKind is SyntaxKind.Comma or SyntaxKind.Semicolon or SyntaxKind.Colon or SyntaxKind.CloseBracket or SyntaxKind.DotDot or SyntaxKind.Dot;
}
