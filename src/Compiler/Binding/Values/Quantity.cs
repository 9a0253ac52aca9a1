using System.Globalization;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>A number with its unit, as written: `1.5 GiB` is 1.5 and GiB, not yet bytes.</summary>
public readonly record struct Quantity(decimal Number, UnitInfo Unit)
{
    /// <summary>`8 GiB`, `70%`: the invariant number (underscores gone), then the unit.</summary>
    public override string ToString()
    {
        var number = Number.ToString(CultureInfo.InvariantCulture);
        return Unit is null ? number
            : Unit.Kind == UnitKind.Percent ? number + Unit.Symbol
            : number + " " + Unit.Symbol;
    }
}
