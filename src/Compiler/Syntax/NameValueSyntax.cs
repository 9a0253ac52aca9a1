namespace TopoLang.Compiler.Syntax;

/// <summary>An identifier in value position: an enum word, a reference, or a param or loop variable.</summary>
public sealed record NameValueSyntax(SyntaxToken Token, string Name) : TokenValueSyntax(Token);
