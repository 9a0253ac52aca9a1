namespace TopoLang.Compiler.Formatting;

/// <summary>
/// What stands on its own line(s) in a block or at the top level. A statement: its head (the
/// words, values and comments before any block, and before the end of its line), its block if
/// it has one, and the comments after it on its last line. A comment line: the comments, as its
/// head. A struct, not a class: a large file has a million statements, and the layout must not
/// leave a million objects for the collector.
/// </summary>
internal readonly record struct LayoutItem(LayoutItemKind Kind, PieceRange Head, LayoutBlock? Block, PieceRange Trailing, bool BlankLineBefore)
{
    public bool IsCommentLine => Kind == LayoutItemKind.CommentLine;

    public static LayoutItem Statement(PieceRange head, LayoutBlock? block, PieceRange trailing, bool blankLineBefore) =>
        new(LayoutItemKind.Statement, head, block, trailing, blankLineBefore);

    public static LayoutItem CommentLine(PieceRange comments, bool blankLineBefore) =>
        new(LayoutItemKind.CommentLine, comments, null, PieceRange.Empty, blankLineBefore);
}
