namespace TopoLang.Compiler.Syntax;

/// <summary>`"..."`, possibly with escapes and `${name}` interpolations (see <see cref="StringLiteral"/>).</summary>
public sealed record StringValueSyntax(SyntaxToken Token) : TokenValueSyntax(Token);
