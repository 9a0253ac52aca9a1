namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary>
/// A piece of a string literal: unescaped text, or the name inside <c>${...}</c> when
/// <see cref="IsInterpolation"/> is set.
/// </summary>
public sealed record CharStringPart(string Text, bool IsInterpolation, CharRange Range) : CharNode(Range);
