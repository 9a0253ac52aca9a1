using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>A statement ends at a newline or `;` (consumed), or before `}` or the end of the file (not consumed).</summary>
internal sealed class EndOfStatementParser : TokenParser<Unit>
{
    public static readonly EndOfStatementParser Instance = new();

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out Unit result)
    {
        switch (Current(ref state, context).Kind)
        {
            case SyntaxKind.Newline or SyntaxKind.Semicolon:
                state.Advance(1);
                result = Unit.Value;
                return true;
            case SyntaxKind.CloseBrace or SyntaxKind.EndOfFile:
                result = Unit.Value;
                return true;
            default:
                return Fail(ref state, context, "end of statement", out result);
        }
    }
}
