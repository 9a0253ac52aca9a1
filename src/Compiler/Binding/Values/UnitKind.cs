namespace TopoLang.Compiler.Binding.Values;

/// <summary>What a quantity measures; an entry's schema accepts one kind (LANGUAGE.md §2, §4).</summary>
public enum UnitKind
{
    Size,
    Frequency,
    Bandwidth,
    Percent,
    Duration,
    Money,
}
