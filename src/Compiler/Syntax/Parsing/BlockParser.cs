using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Pidgin;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>`{ statements }`. Recovers from everything inside; a missing `}` is one TOPO0002 at the end of the file.</summary>
internal sealed class BlockParser : TokenParser<BlockSyntax>
{
    public static readonly BlockParser Instance = new();

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out BlockSyntax result)
    {
        if (Current(ref state, context).Kind != SyntaxKind.OpenBrace)
        {
            return Fail(ref state, context, "'{'", out result);
        }

        result = Parse(ref state, ref expecteds, context);
        return true;
    }

    /// <summary>Parses the block at a `{`; never fails.</summary>
    public static BlockSyntax Parse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context)
    {
        var open = Take(ref state, context);
        if (++context.Depth > CompilerLimits.MaxNestingDepth)
        {
            context.ReportLimit(open, $"lists and blocks are nested deeper than the limit of {CompilerLimits.MaxNestingDepth} levels");
            var end = Recovery.SkipBalanced(ref state, context, SyntaxKind.OpenBrace, SyntaxKind.CloseBrace);
            context.Depth--;
            return new BlockSyntax(open, ImmutableArray<StatementSyntax>.Empty, end);
        }

        var statements = StatementListParser.Parse(ref state, ref expecteds, context, insideBlock: true);
        SyntaxToken? close = null;
        var current = Current(ref state, context);
        if (current.Kind == SyntaxKind.CloseBrace)
        {
            close = Take(ref state, context);
        }
        else
        {
            ReportMissingClose(context, open, current);
        }

        context.Depth--;
        return new BlockSyntax(open, statements, close);
    }

    private static void ReportMissingClose(ParseContext context, SyntaxToken open, SyntaxToken found) =>
        context.ReportSyntaxError(found, "'}'", new RelatedLocation(new SourceLocation(context.Source, open.Span), "the block opened here is not closed"));
}
