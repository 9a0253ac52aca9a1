using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>`import "common/networks.topo"`.</summary>
public sealed record ImportStatementSyntax(SyntaxToken Keyword, StringValueSyntax Path) : StatementSyntax
{
    public override TextSpan Span => TextSpan.FromBounds(Keyword.Start, Path.Span.End);
}
