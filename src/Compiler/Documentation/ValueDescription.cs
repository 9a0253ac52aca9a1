using System;
using System.Globalization;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Binding.Values;

namespace TopoLang.Compiler.Documentation;

/// <summary>What a value may be, for people: its type, its units, its range or its allowed words.</summary>
internal static class ValueDescription
{
    public static string Of(ValueSpec spec) => spec switch
    {
        IntSpec whole => $"a whole number from {Number(whole.Min)} to {Number(whole.Max)}",
        NumberSpec number => $"a number greater than {Number(number.GreaterThan)}",
        QuantitySpec quantity => Quantity(quantity),
        StringSpec text => text.Description == "a string" ? "a string" : $"a string: {text.Description}",
        TextSpec text => $"a string or a word: {text.Description}",
        BoolSpec => "`true` or `false`",
        EnumSpec words => "one of " + Markdown.CodeList(words.Words),
        NameSpec { Kind: null } => "a name, local to its block",
        NameSpec => "a name (an identifier, or a string that is one)",
        ReferenceSpec reference => "the name of " + reference.Kind.WithArticle(),
        CpuFlagSpec => "a CPU flag (see " + Markdown.Link(ReferenceDocument.CpuFlagsTitle) + ")",
        ListSpec list => "a list `[...]` of: " + Of(list.Element),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec, "the reference does not describe this kind of value yet"),
    };

    private static string Quantity(QuantitySpec quantity)
    {
        var units = UnitCatalog.OfKind(quantity.Kind).ToList();
        // The bounds are in the kind's base (bytes, milliseconds): the smallest unit says them exactly.
        var smallest = units.OrderBy(unit => unit.Factor).First();
        string Bound(decimal value) => $"{Number(value / smallest.Factor)} {smallest.Symbol}";
        var description = $"{UnitKindName(quantity.Kind)} in {Markdown.CodeList(units.Select(unit => unit.Symbol))}";
        if (quantity.Max != decimal.MaxValue)
        {
            return description + $", from {Bound(quantity.Min)} to {Bound(quantity.Max)}";
        }

        return quantity.Min > 0 ? description + $", at least {Bound(quantity.Min)}" : description;
    }

    public static string UnitKindName(UnitKind kind) => kind switch
    {
        UnitKind.Size => "a size",
        UnitKind.Frequency => "a frequency",
        UnitKind.Bandwidth => "a bandwidth",
        UnitKind.Percent => "a percentage",
        UnitKind.Duration => "a duration",
        UnitKind.Money => "an amount of money",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Number(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);
}
