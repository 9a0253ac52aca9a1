namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary><c>param NAME: TYPE [= VALUE]</c>.</summary>
public sealed record CharParam(CharIdentifier Keyword, CharIdentifier Name, CharIdentifier Type, CharValue? Default, CharRange Range)
    : CharStatement(Range);
