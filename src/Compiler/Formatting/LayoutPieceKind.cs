namespace TopoLang.Compiler.Formatting;

internal enum LayoutPieceKind : byte
{
    Token,
    LineComment,
    BlockComment,
}
