using System.Collections.Immutable;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Formatting;

/// <summary>
/// The blank lines between top-level items: none inside the header group (`topology`,
/// `namespace`, `import`, `param`) or between comment lines and the statement they stand
/// above, one between declarations, and the author's (at most one) around free comments and
/// statements without a block.
/// </summary>
internal static class TopLevelUnits
{
    public static TopLevelUnit[] KindsOf(ImmutableArray<LayoutItem> items, LayoutPiece[] pieces)
    {
        var units = new TopLevelUnit[items.Length];
        for (var i = items.Length - 1; i >= 0; i--)
        {
            var item = items[i];
            units[i] = item.IsCommentLine
                ? (i + 1 < items.Length && !items[i + 1].BlankLineBefore ? units[i + 1] : TopLevelUnit.Comment)
                : IsHeader(FirstToken(item.Head, pieces)) ? TopLevelUnit.Header
                : item.Block is null ? TopLevelUnit.Simple : TopLevelUnit.Declaration;
        }

        return units;
    }

    public static bool BlankLineBetween(ImmutableArray<LayoutItem> items, TopLevelUnit[] units, int index)
    {
        var current = items[index];
        if (items[index - 1].IsCommentLine && !current.BlankLineBefore)
        {
            return false;
        }

        var (before, after) = (units[index - 1], units[index]);
        if (before == TopLevelUnit.Header && after == TopLevelUnit.Header)
        {
            return false;
        }

        return (before is (TopLevelUnit.Header or TopLevelUnit.Declaration) && after is (TopLevelUnit.Header or TopLevelUnit.Declaration)) || current.BlankLineBefore;
    }

    private static LayoutPiece FirstToken(PieceRange head, LayoutPiece[] pieces)
    {
        var index = head.Start;
        while (pieces[index].IsComment)
        {
            index++;
        }

        return pieces[index];
    }

    private static bool IsHeader(LayoutPiece token) =>
        token.TokenKind is SyntaxKind.TopologyKeyword or SyntaxKind.NamespaceKeyword or SyntaxKind.ImportKeyword or SyntaxKind.ParamKeyword;
}
