using System.Collections.Immutable;

namespace TopoLang.Compiler.Formatting;

/// <summary>A block's items, and the comments after its `{` on the same line.</summary>
internal sealed record LayoutBlock(ImmutableArray<LayoutItem> Items, PieceRange OpeningComments);
