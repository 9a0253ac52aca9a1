using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Pidgin;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// A value, chosen by the current token's kind. A list recovers from its own errors: it reports
/// TOPO0002 once and skips to its closing `]`, so one bad item does not spoil the statement.
/// </summary>
internal sealed class ValueParser : TokenParser<ValueSyntax>
{
    public static readonly ValueParser Instance = new();

    public static bool IsValueStart(SyntaxKind kind) => kind is SyntaxKind.String or SyntaxKind.Number or SyntaxKind.Quantity
        or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.Identifier or SyntaxKind.OpenBracket;

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out ValueSyntax result)
    {
        if (!IsValueStart(Current(ref state, context).Kind))
        {
            return Fail(ref state, context, "a value", out result);
        }

        result = Parse(ref state, context);
        return true;
    }

    /// <summary>Parses the value at a token for which <see cref="IsValueStart"/> holds; never fails.</summary>
    public static ValueSyntax Parse(ref ParseState<SyntaxToken> state, ParseContext context)
    {
        var token = Current(ref state, context);
        if (token.Kind == SyntaxKind.OpenBracket)
        {
            return ParseList(ref state, context);
        }

        state.Advance(1);
        return context.TokenValue(token);
    }

    private static ListValueSyntax ParseList(ref ParseState<SyntaxToken> state, ParseContext context)
    {
        var open = Take(ref state, context);
        if (++context.Depth > CompilerLimits.MaxNestingDepth)
        {
            context.ReportLimit(open, $"lists and blocks are nested deeper than the limit of {CompilerLimits.MaxNestingDepth} levels");
            var end = Recovery.SkipBalanced(ref state, context, SyntaxKind.OpenBracket, SyntaxKind.CloseBracket);
            context.Depth--;
            return new ListValueSyntax(open, ImmutableArray<ValueSyntax>.Empty, end);
        }

        var items = context.ValueLists.Rent();
        var close = ParseItems(ref state, context, items);
        context.Depth--;
        return new ListValueSyntax(open, context.Values(items), close);
    }

    private static SyntaxToken? ParseItems(ref ParseState<SyntaxToken> state, ParseContext context, ImmutableArray<ValueSyntax>.Builder items)
    {
        SkipNewlines(ref state, context);
        if (Current(ref state, context).Kind == SyntaxKind.CloseBracket)
        {
            return Take(ref state, context);
        }

        while (true)
        {
            if (!IsValueStart(Current(ref state, context).Kind))
            {
                context.Expect(Index(ref state, context), "a value");
                context.Expect(Index(ref state, context), "']'");
                return RecoverToClose(ref state, context);
            }

            items.Add(Parse(ref state, context));
            SkipNewlines(ref state, context);
            switch (Current(ref state, context).Kind)
            {
                case SyntaxKind.Comma:
                    state.Advance(1);
                    SkipNewlines(ref state, context);
                    if (Current(ref state, context).Kind == SyntaxKind.CloseBracket)
                    {
                        return Take(ref state, context);
                    }

                    continue;
                case SyntaxKind.CloseBracket:
                    return Take(ref state, context);
                default:
                    context.Expect(Index(ref state, context), "','");
                    context.Expect(Index(ref state, context), "']'");
                    return RecoverToClose(ref state, context);
            }
        }
    }

    private static SyntaxToken? RecoverToClose(ref ParseState<SyntaxToken> state, ParseContext context)
    {
        context.ReportFurthestFailure();
        return Recovery.SkipBalanced(ref state, context, SyntaxKind.OpenBracket, SyntaxKind.CloseBracket);
    }
}
