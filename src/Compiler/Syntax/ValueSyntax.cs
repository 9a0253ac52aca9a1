namespace TopoLang.Compiler.Syntax;

/// <summary>A value after an entry's word: string, number, quantity, bool, name or list.</summary>
public abstract record ValueSyntax : SyntaxNode;
