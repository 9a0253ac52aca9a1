using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>The root: a file's statements.</summary>
public sealed record CompilationUnitSyntax(ImmutableArray<StatementSyntax> Statements, SyntaxToken EndOfFile) : SyntaxNode
{
    public override TextSpan Span => TextSpan.FromBounds(0, EndOfFile.End);
}
