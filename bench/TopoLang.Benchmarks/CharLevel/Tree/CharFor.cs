namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary><c>for VAR in FROM..TO { ... }</c>.</summary>
public sealed record CharFor(CharIdentifier Keyword, CharIdentifier Variable, CharValue From, CharValue To, CharBlock Body, CharRange Range)
    : CharStatement(Range);
