namespace TopoLang.Compiler.Syntax;

public abstract record StatementSyntax : SyntaxNode;
