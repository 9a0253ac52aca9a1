namespace TopoLang.Compiler.Syntax;

/// <summary>A number with its unit: `8 GiB`, `70%`, `300_000 KRW/month`.</summary>
public sealed record QuantityValueSyntax(SyntaxToken Token) : TokenValueSyntax(Token);
