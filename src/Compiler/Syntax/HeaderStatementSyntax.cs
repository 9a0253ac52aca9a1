using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>`topology lab` or `namespace Acme.Infra`.</summary>
public sealed record HeaderStatementSyntax(SyntaxToken Keyword, ImmutableArray<SyntaxToken> NameParts, string Name) : StatementSyntax
{
    public bool IsNamespace => Keyword.Kind == SyntaxKind.NamespaceKeyword;

    public override TextSpan Span => TextSpan.FromBounds(Keyword.Start, NameParts[^1].End);
}
