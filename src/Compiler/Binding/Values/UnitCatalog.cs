using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>Every unit of docs/language.md, "Lexical structure", looked up by its exact (case-sensitive) symbol.</summary>
public static class UnitCatalog
{
    private const string PerMonthSuffix = "/month";

    // Sizes come from the Runtime's table, which Size.Parse reads too: one list of size units.
    private static readonly ImmutableArray<UnitInfo> Units = TopoLang.Runtime.SizeUnits.All
        .Select(unit => new UnitInfo(unit.Symbol, UnitKind.Size, unit.Factor))
        .Concat(OtherUnits())
        .ToImmutableArray();

    private static IEnumerable<UnitInfo> OtherUnits() => ImmutableArray.Create(
        new UnitInfo("MHz", UnitKind.Frequency, 1_000_000m),
        new UnitInfo("GHz", UnitKind.Frequency, 1_000_000_000m),
        new UnitInfo("Mbps", UnitKind.Bandwidth, 1_000_000m),
        new UnitInfo("Gbps", UnitKind.Bandwidth, 1_000_000_000m),
        new UnitInfo("%", UnitKind.Percent, 1m),
        new UnitInfo("ms", UnitKind.Duration, 1m),
        new UnitInfo("s", UnitKind.Duration, 1_000m),
        new UnitInfo("min", UnitKind.Duration, 60_000m),
        new UnitInfo("h", UnitKind.Duration, 3_600_000m),
        new UnitInfo("d", UnitKind.Duration, 86_400_000m),
        new UnitInfo("KRW", UnitKind.Money, 1m),
        new UnitInfo("USD", UnitKind.Money, 1m),
        new UnitInfo("EUR", UnitKind.Money, 1m));

    private static readonly FrozenDictionary<string, UnitInfo> BySymbol = BuildLookup();

    /// <summary>Every unit once, in the order of docs/language.md, "Lexical structure"; `KRW/month` is not listed apart from `KRW`.</summary>
    public static IEnumerable<UnitInfo> All => Units;

    /// <summary>The units of one kind, for "expected ... in MiB, GiB, ..." help lines.</summary>
    public static IEnumerable<UnitInfo> OfKind(UnitKind kind) => Units.Where(unit => unit.Kind == kind);

    /// <summary>Finds a unit by its symbol; `KRW/month` (and USD, EUR) give the plain currency: fees are monthly either way.</summary>
    public static bool TryGet(string symbol, [MaybeNullWhen(false)] out UnitInfo unit)
    {
        if (symbol is not null && BySymbol.TryGetValue(symbol, out var found))
        {
            unit = found;
            return true;
        }

        unit = null;
        return false;
    }

    /// <summary>The same, read from a token's text without copying the symbol out (the units are few: a scan).</summary>
    public static bool TryGet(ReadOnlySpan<char> symbol, [MaybeNullWhen(false)] out UnitInfo unit)
    {
        var perMonth = symbol.EndsWith(PerMonthSuffix, StringComparison.Ordinal);
        var plain = perMonth ? symbol[..^PerMonthSuffix.Length] : symbol;
        foreach (var known in Units)
        {
            if (plain.SequenceEqual(known.Symbol) && (!perMonth || known.Kind == UnitKind.Money))
            {
                unit = known;
                return true;
            }
        }

        unit = null;
        return false;
    }

    /// <summary>How a kind reads in "expected X" messages.</summary>
    public static string Describe(UnitKind kind) => kind switch
    {
        UnitKind.Size => "a size such as 8 GiB",
        UnitKind.Frequency => "a frequency such as 2.4 GHz",
        UnitKind.Bandwidth => "a bandwidth such as 10 Gbps",
        UnitKind.Percent => "a percentage such as 70%",
        UnitKind.Duration => "a duration such as 300 s",
        UnitKind.Money => "an amount of money such as 300_000 KRW",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static FrozenDictionary<string, UnitInfo> BuildLookup()
    {
        var lookup = new Dictionary<string, UnitInfo>(StringComparer.Ordinal);
        foreach (var unit in Units)
        {
            lookup.Add(unit.Symbol, unit);
            if (unit.Kind == UnitKind.Money)
            {
                lookup.Add(unit.Symbol + PerMonthSuffix, unit);
            }
        }

        return lookup.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
