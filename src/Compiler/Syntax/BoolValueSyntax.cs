namespace TopoLang.Compiler.Syntax;

public sealed record BoolValueSyntax(SyntaxToken Token) : TokenValueSyntax(Token)
{
    public bool Value => Token.Kind == SyntaxKind.TrueKeyword;
}
