using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// Base of the grammar's hand-tuned Pidgin parsers. The parsers read the tokens the context
/// holds: the state's location, from <see cref="ParseContext.IndexBase"/>, is an index into
/// them (<see cref="Index"/>). Each parser chooses what to do from the
/// current token's kind instead of trying alternatives in turn: failing alternatives are what
/// make Pidgin slow (docs/performance.md).
/// </summary>
internal abstract class TokenParser<T> : Parser<SyntaxToken, T>
{
    public sealed override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, [MaybeNullWhen(false)] out T result) =>
        TryParse(ref state, ref expecteds, (ParseContext)state.Configuration, out result);

    public abstract bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out T result);

    protected static int Index(ref ParseState<SyntaxToken> state, ParseContext context) => context.Index(ref state);

    protected static SyntaxToken Current(ref ParseState<SyntaxToken> state, ParseContext context) => context.Current(ref state);

    protected static SyntaxToken Take(ref ParseState<SyntaxToken> state, ParseContext context)
    {
        var token = Current(ref state, context);
        if (token.Kind != SyntaxKind.EndOfFile)
        {
            state.Advance(1);
        }

        return token;
    }

    protected static void SkipNewlines(ref ParseState<SyntaxToken> state, ParseContext context)
    {
        while (Current(ref state, context).Kind == SyntaxKind.Newline)
        {
            state.Advance(1);
        }
    }

    /// <summary>Records what was expected here and fails the way Pidgin expects a parser to fail.</summary>
    protected static bool Fail<TResult>(ref ParseState<SyntaxToken> state, ParseContext context, string expected, [MaybeNullWhen(false)] out TResult result)
    {
        var token = Current(ref state, context);
        context.Expect(Index(ref state, context), expected);
        state.SetError(Maybe.Just(token), token.Kind == SyntaxKind.EndOfFile, state.Location, null);
        result = default;
        return false;
    }
}
