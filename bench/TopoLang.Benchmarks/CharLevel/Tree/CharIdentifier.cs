namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary>An identifier, used both as a value and as the name of entries, params and loops.</summary>
public sealed record CharIdentifier(string Name, CharRange Range) : CharValue(Range);
