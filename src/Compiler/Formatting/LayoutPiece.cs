using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Formatting;

/// <summary>
/// A token or a comment, in file order: the formatter lays out these and nothing else
/// (whitespace is rewritten, so it is not kept). Twelve bytes, like a token: a large file has millions.
/// </summary>
internal readonly record struct LayoutPiece(LayoutPieceKind Kind, SyntaxKind TokenKind, int Start, int Length)
{
    public bool IsComment => Kind != LayoutPieceKind.Token;

    public bool Is(SyntaxKind kind) => Kind == LayoutPieceKind.Token && TokenKind == kind;
}
