namespace TopoLang.Compiler.Formatting;

/// <summary>What stands on its own line(s) in a block or at the top level: a statement, or a line of comments only.</summary>
internal abstract record LayoutItem(bool BlankLineBefore);

/// <summary>
/// A statement: its head (the words, values and comments before any block, and before the end
/// of its line), its block if it has one, and the comments after it on its last line.
/// </summary>
internal sealed record LayoutStatement(PieceRange Head, LayoutBlock? Block, PieceRange Trailing, bool BlankLineBefore) : LayoutItem(BlankLineBefore);

/// <summary>A line holding comments and no statement.</summary>
internal sealed record LayoutCommentLine(PieceRange Comments, bool BlankLineBefore) : LayoutItem(BlankLineBefore);

/// <summary>A block's items, and the comments after its `{` on the same line.</summary>
internal sealed record LayoutBlock(System.Collections.Immutable.ImmutableArray<LayoutItem> Items, PieceRange OpeningComments);
