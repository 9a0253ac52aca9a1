namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary>A number without a unit; <c>_</c> separators are already removed from the value.</summary>
public sealed record CharNumber(decimal Value, CharRange Range) : CharValue(Range);
