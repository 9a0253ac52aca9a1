using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

public readonly record struct SyntaxTrivia(TriviaKind Kind, TextSpan Span);
