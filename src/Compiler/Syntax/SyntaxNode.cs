using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>A node of the syntax tree. Immutable; its span covers its tokens without their trivia.</summary>
public abstract record SyntaxNode
{
    public abstract TextSpan Span { get; }
}
