namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary>A number with a unit (<c>8 GiB</c>, <c>70%</c>); <c>KRW/month</c> is kept as <c>KRW</c>.</summary>
public sealed record CharQuantity(decimal Amount, string Unit, CharRange Range) : CharValue(Range);
