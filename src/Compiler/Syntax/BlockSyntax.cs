using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>`{ statements }`; <see cref="CloseBrace"/> is null when the file ended first (already reported).</summary>
public sealed record BlockSyntax(SyntaxToken OpenBrace, ImmutableArray<StatementSyntax> Statements, SyntaxToken? CloseBrace) : SyntaxNode
{
    public override TextSpan Span => TextSpan.FromBounds(OpenBrace.Start, CloseBrace?.End ?? (Statements.IsEmpty ? OpenBrace.End : Statements[^1].Span.End));
}
