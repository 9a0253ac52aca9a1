namespace TopoLang.Compiler.Syntax;

/// <summary>`300_000`, `1.5`.</summary>
public sealed record NumberValueSyntax(SyntaxToken Token) : TokenValueSyntax(Token);
