using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>`param web_count: int = 3`.</summary>
public sealed record ParamStatementSyntax(SyntaxToken Keyword, SyntaxToken NameToken, string Name, SyntaxToken TypeToken, string TypeName, ValueSyntax? Default) : StatementSyntax
{
    public override TextSpan Span => TextSpan.FromBounds(Keyword.Start, Default?.Span.End ?? TypeToken.End);
}
