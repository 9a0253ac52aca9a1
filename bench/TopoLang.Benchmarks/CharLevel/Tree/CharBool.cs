namespace TopoLang.Benchmarks.CharLevel.Tree;

public sealed record CharBool(bool Value, CharRange Range) : CharValue(Range);
