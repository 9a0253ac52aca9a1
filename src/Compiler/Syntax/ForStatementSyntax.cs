using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>`for i in 1..web_count { ... }`; the range is inclusive.</summary>
public sealed record ForStatementSyntax(SyntaxToken Keyword, SyntaxToken VariableToken, string Variable, ValueSyntax From, ValueSyntax To, BlockSyntax Body) : StatementSyntax
{
    public override TextSpan Span => TextSpan.FromBounds(Keyword.Start, Body.Span.End);
}
