using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>A param's type: `int`, `number`, `string`, `bool` or `size` (docs/language.md, "Grammar").</summary>
internal sealed class ParamTypeParser : TokenParser<Name>
{
    public static readonly ParamTypeParser Instance = new();

    private const string Expected = "a type (int, number, string, bool or size)";

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out Name result)
    {
        var token = Current(ref state, context);
        if (token.Kind != SyntaxKind.Identifier || !IsParamType(context.Read(token.Span)))
        {
            return Fail(ref state, context, Expected, out result);
        }

        state.Advance(1);
        result = new Name(token, context.NameOf(token));
        return true;
    }

    private static bool IsParamType(System.ReadOnlySpan<char> word) => word is "int" or "number" or "string" or "bool" or "size";
}
