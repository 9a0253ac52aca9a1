using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>One token of a given kind.</summary>
internal sealed class KindParser : TokenParser<SyntaxToken>
{
    private readonly SyntaxKind _kind;
    private readonly string _display;

    public KindParser(SyntaxKind kind, string? display = null)
    {
        _kind = kind;
        _display = display ?? SyntaxFacts.GetDisplayText(kind);
    }

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out SyntaxToken result)
    {
        if (Current(ref state, context).Kind != _kind)
        {
            return Fail(ref state, context, _display, out result);
        }

        result = Take(ref state, context);
        return true;
    }
}
