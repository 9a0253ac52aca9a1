using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>A value made of one token.</summary>
public abstract record TokenValueSyntax(SyntaxToken Token) : ValueSyntax
{
    public override TextSpan Span => Token.Span;
}
