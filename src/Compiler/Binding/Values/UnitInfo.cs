namespace TopoLang.Compiler.Binding.Values;

/// <summary>
/// One unit word. <see cref="Factor"/> converts a count of this unit to the kind's base:
/// bytes for sizes, Hz for frequencies, bits/s for bandwidths, milliseconds for durations,
/// and 1 for percentages and money (whose <see cref="Symbol"/> is the currency code).
/// </summary>
public sealed record UnitInfo(string Symbol, UnitKind Kind, decimal Factor);
