namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary>One statement: header, import, param, for or entry.</summary>
public abstract record CharStatement(CharRange Range) : CharNode(Range);
