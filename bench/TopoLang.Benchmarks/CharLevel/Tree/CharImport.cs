namespace TopoLang.Benchmarks.CharLevel.Tree;

public sealed record CharImport(CharIdentifier Keyword, CharString Path, CharRange Range) : CharStatement(Range);
