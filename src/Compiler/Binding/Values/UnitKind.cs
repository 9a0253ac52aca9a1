namespace TopoLang.Compiler.Binding.Values;

/// <summary>What a quantity measures; an entry's schema accepts one kind (docs/language.md, "Lexical structure", and docs/reference.md).</summary>
public enum UnitKind
{
    Size,
    Frequency,
    Bandwidth,
    Percent,
    Duration,
    Money,
}
