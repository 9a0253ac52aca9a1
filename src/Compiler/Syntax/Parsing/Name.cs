namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>An identifier token with its interned text.</summary>
internal readonly record struct Name(SyntaxToken Token, string Text);
