using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Pidgin;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// `{ statements }`. Recovers from everything inside. A missing `}` is one TOPO0002: at the end
/// of the file, or where a statement that can only be top level starts a line
/// (<see cref="TopLevelRestart"/>); none when an unterminated string swallowed the `}`, which
/// is that string's error.
/// </summary>
internal sealed class BlockParser : TokenParser<BlockSyntax>
{
    public static readonly BlockParser Instance = new();

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out BlockSyntax result)
    {
        if (Current(ref state, context).Kind != SyntaxKind.OpenBrace)
        {
            return Fail(ref state, context, "'{'", out result);
        }

        result = Parse(ref state, ref expecteds, context, isEntryBlock: false);
        return true;
    }

    /// <summary>Parses the block at a `{`; never fails.</summary>
    /// <param name="isEntryBlock">An entry's block, not a loop's body: only those are closed by <see cref="TopLevelRestart"/>.</param>
    public static BlockSyntax Parse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, bool isEntryBlock)
    {
        var open = Take(ref state, context);
        if (++context.Depth > CompilerLimits.MaxNestingDepth)
        {
            context.ReportLimit(open, $"lists and blocks are nested deeper than the limit of {CompilerLimits.MaxNestingDepth} levels");
            var end = Recovery.SkipBalanced(ref state, context, SyntaxKind.OpenBrace, SyntaxKind.CloseBrace);
            context.Depth--;
            return context.Block(open, ImmutableArray<StatementSyntax>.Empty, end);
        }

        var entryBlocks = isEntryBlock ? 1 : 0;
        context.EntryBlockDepth += entryBlocks;
        var statements = StatementListParser.Parse(ref state, ref expecteds, context, insideBlock: true);
        context.EntryBlockDepth -= entryBlocks;
        SyntaxToken? close = null;
        var current = Current(ref state, context);
        if (current.Kind == SyntaxKind.CloseBrace)
        {
            close = Take(ref state, context);
        }
        else
        {
            ReportMissingClose(context, open, Index(ref state, context));
        }

        context.Depth--;
        return context.Block(open, statements, close);
    }

    private static void ReportMissingClose(ParseContext context, SyntaxToken open, int foundIndex)
    {
        var found = context.Tokens[foundIndex];
        var related = new RelatedLocation(new SourceLocation(context.Source, open.Span), "the block opened here is not closed");
        var swallowed = context.LexicalErrors.SwallowedBraceIn(open.End, found.Start);
        if (foundIndex != context.TopLevelRestartIndex)
        {
            if (swallowed && found.Kind == SyntaxKind.EndOfFile)
            {
                context.EndOfFileReported = true;
            }

            if (!swallowed)
            {
                context.ReportSyntaxError(found, "'}'", related);
            }

            return;
        }

        if (!context.TopLevelRestartReported && !swallowed)
        {
            // Where the `}` should have been: after the last token before the line that starts the new statement.
            var location = context.Locate(context.Tokens[foundIndex - 1]);
            var word = $"'{context.Source.ToString(found.Span)}' at the start of a line";
            context.Diagnostics.Add(DiagnosticFactory.SyntaxError(location, "'}'", word).WithRelated(related));
        }

        context.TopLevelRestartReported = true;
    }
}
