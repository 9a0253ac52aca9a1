using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>`{ statements }`; <see cref="CloseBrace"/> is null when the file ended first (already reported).</summary>
/// <remarks>Filled again by the parser only once its reader is done with it (<see cref="Parsing.SyntaxArena"/>).</remarks>
public sealed record BlockSyntax : SyntaxNode
{
    public BlockSyntax(SyntaxToken openBrace, ImmutableArray<StatementSyntax> statements, SyntaxToken? closeBrace)
    {
        Reuse(openBrace, statements, closeBrace);
    }

    public SyntaxToken OpenBrace { get; private set; }

    public ImmutableArray<StatementSyntax> Statements { get; private set; }

    public SyntaxToken? CloseBrace { get; private set; }

    public override TextSpan Span => TextSpan.FromBounds(OpenBrace.Start, CloseBrace?.End ?? (Statements.IsEmpty ? OpenBrace.End : Statements[^1].Span.End));

    internal void Reuse(SyntaxToken openBrace, ImmutableArray<StatementSyntax> statements, SyntaxToken? closeBrace)
    {
        OpenBrace = openBrace;
        Statements = statements;
        CloseBrace = closeBrace;
    }
}
