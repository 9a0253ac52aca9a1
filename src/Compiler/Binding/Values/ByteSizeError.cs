namespace TopoLang.Compiler.Binding.Values;

/// <summary>Why a quantity has no byte count: TOPO1004 for the first two, TOPO1007 for <see cref="Overflow"/>.</summary>
public enum ByteSizeError
{
    None,
    NotASize,
    FractionalBytes,
    Overflow,
}
