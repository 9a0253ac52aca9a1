using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>`IDENT { value } ( block | end )`: the statement most of a topology is made of.</summary>
internal sealed class EntryParser : TokenParser<StatementSyntax>
{
    public static readonly EntryParser Instance = new();

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out StatementSyntax result)
    {
        var word = Current(ref state, context);
        if (word.Kind != SyntaxKind.Identifier)
        {
            return Fail(ref state, context, "a name", out result);
        }

        state.Advance(1);
        var values = ParseValues(ref state, context);
        var touchedByLexicalError = context.LexicalErrors.AnyIn(word.Start, Current(ref state, context).Start);
        BlockSyntax? block = null;
        switch (Current(ref state, context).Kind)
        {
            case SyntaxKind.OpenBrace:
                block = BlockParser.Parse(ref state, ref expecteds, context, isEntryBlock: true);
                break;
            case SyntaxKind.Newline or SyntaxKind.Semicolon:
                state.Advance(1);
                break;
            case SyntaxKind.CloseBrace or SyntaxKind.EndOfFile:
                break;
            default:
                context.Expect(Index(ref state, context), "a value");
                context.Expect(Index(ref state, context), "'{'");
                return Fail(ref state, context, "end of statement", out result);
        }

        var entry = context.Entry(word, values, block);
        result = touchedByLexicalError ? AsError(entry, context) : entry;
        return true;
    }

    /// <summary>
    /// An entry whose words or values hold a lexical error (already reported) is kept as an
    /// error statement: present, but never bound, so nothing reports again on what is left of
    /// the broken text.
    /// </summary>
    private static ErrorStatementSyntax AsError(EntryStatementSyntax entry, ParseContext context) =>
        new(entry.Word, context.NameOf(entry.Word), entry.Span, entry.Block is { } block ? ImmutableArray.Create(block) : ImmutableArray<BlockSyntax>.Empty)
        {
            Name = entry.Values.IsEmpty ? null : entry.Values[0] as NameValueSyntax,
        };

    private static ImmutableArray<ValueSyntax> ParseValues(ref ParseState<SyntaxToken> state, ParseContext context)
    {
        if (!ValueParser.IsValueStart(Current(ref state, context).Kind))
        {
            return ImmutableArray<ValueSyntax>.Empty;
        }

        var first = ValueParser.Parse(ref state, context);
        if (!ValueParser.IsValueStart(Current(ref state, context).Kind))
        {
            return context.Arena?.ValueLists.One(first) ?? ImmutableArray.Create(first);
        }

        var values = context.ValueLists.Rent();
        values.Add(first);
        while (ValueParser.IsValueStart(Current(ref state, context).Kind))
        {
            values.Add(ValueParser.Parse(ref state, context));
        }

        return context.Values(values);
    }
}
