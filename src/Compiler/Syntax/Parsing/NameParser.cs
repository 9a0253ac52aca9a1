using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>An identifier, with its text interned.</summary>
internal sealed class NameParser : TokenParser<Name>
{
    public static readonly NameParser Instance = new();

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out Name result)
    {
        var token = Current(ref state, context);
        if (token.Kind != SyntaxKind.Identifier)
        {
            return Fail(ref state, context, "a name", out result);
        }

        state.Advance(1);
        result = new Name(token, context.NameOf(token));
        return true;
    }
}
