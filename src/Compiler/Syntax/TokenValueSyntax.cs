using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>A value made of one token.</summary>
/// <remarks>Filled again by the parser only once its reader is done with it (<see cref="Parsing.SyntaxArena"/>).</remarks>
public abstract record TokenValueSyntax : ValueSyntax
{
    protected TokenValueSyntax(SyntaxToken token)
    {
        Token = token;
    }

    public SyntaxToken Token { get; private set; }

    public override TextSpan Span => Token.Span;

    internal void Reuse(SyntaxToken token) => Token = token;
}
