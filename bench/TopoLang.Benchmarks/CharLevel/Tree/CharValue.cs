namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary>A value after an entry's name: string, number, quantity, bool, identifier or list.</summary>
public abstract record CharValue(CharRange Range) : CharNode(Range);
