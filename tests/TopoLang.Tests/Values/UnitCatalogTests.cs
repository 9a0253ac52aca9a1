using System;
using System.Linq;
using TopoLang.Compiler.Binding.Values;

namespace TopoLang.Tests.Values;

public sealed class UnitCatalogTests
{
    [Theory]
    [InlineData("B", UnitKind.Size, "1")]
    [InlineData("KiB", UnitKind.Size, "1024")]
    [InlineData("GiB", UnitKind.Size, "1073741824")]
    [InlineData("PiB", UnitKind.Size, "1125899906842624")]
    [InlineData("GB", UnitKind.Size, "1000000000")]
    [InlineData("MHz", UnitKind.Frequency, "1000000")]
    [InlineData("GHz", UnitKind.Frequency, "1000000000")]
    [InlineData("Mbps", UnitKind.Bandwidth, "1000000")]
    [InlineData("Gbps", UnitKind.Bandwidth, "1000000000")]
    [InlineData("%", UnitKind.Percent, "1")]
    [InlineData("ms", UnitKind.Duration, "1")]
    [InlineData("s", UnitKind.Duration, "1000")]
    [InlineData("min", UnitKind.Duration, "60000")]
    [InlineData("h", UnitKind.Duration, "3600000")]
    [InlineData("d", UnitKind.Duration, "86400000")]
    [InlineData("KRW", UnitKind.Money, "1")]
    [InlineData("USD", UnitKind.Money, "1")]
    [InlineData("EUR", UnitKind.Money, "1")]
    public void Each_unit_has_its_kind_and_factor(string symbol, UnitKind kind, string factor)
    {
        Assert.True(UnitCatalog.TryGet(symbol, out var unit));
        Assert.Equal(new UnitInfo(symbol, kind, decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture)), unit);
    }

    [Theory]
    [InlineData("KRW/month", "KRW")]
    [InlineData("USD/month", "USD")]
    [InlineData("EUR/month", "EUR")]
    public void Per_month_money_is_the_plain_currency(string symbol, string currency)
    {
        Assert.True(UnitCatalog.TryGet(symbol, out var unit));
        Assert.Equal(currency, unit.Symbol);
    }

    [Theory]
    [InlineData("gib")]
    [InlineData("GIB")]
    [InlineData("EiB")]
    [InlineData("GiB/month")]
    [InlineData("")]
    public void Lookup_is_exact_and_case_sensitive(string symbol)
    {
        Assert.False(UnitCatalog.TryGet(symbol, out _));
    }

    [Fact]
    public void All_lists_every_unit_once()
    {
        var symbols = UnitCatalog.All.Select(unit => unit.Symbol).ToArray();

        Assert.Equal(24, symbols.Length);
        Assert.Equal(symbols.Length, symbols.Distinct().Count());
        Assert.DoesNotContain("KRW/month", symbols);
    }

    [Fact]
    public void Every_unit_the_lexer_knows_is_in_the_catalog()
    {
        foreach (var unit in UnitCatalog.All.Where(unit => unit.Kind != UnitKind.Percent))
        {
            Assert.True(TopoLang.Compiler.Syntax.Units.IsUnit(unit.Symbol), unit.Symbol);
        }
    }

    [Fact]
    public void OfKind_lists_the_units_of_one_kind()
    {
        Assert.Equal(new[] { "ms", "s", "min", "h", "d" }, UnitCatalog.OfKind(UnitKind.Duration).Select(unit => unit.Symbol));
    }

    [Theory]
    [InlineData(UnitKind.Size, "a size such as 8 GiB")]
    [InlineData(UnitKind.Frequency, "a frequency such as 2.4 GHz")]
    [InlineData(UnitKind.Bandwidth, "a bandwidth such as 10 Gbps")]
    [InlineData(UnitKind.Percent, "a percentage such as 70%")]
    [InlineData(UnitKind.Duration, "a duration such as 300 s")]
    [InlineData(UnitKind.Money, "an amount of money such as 300_000 KRW")]
    public void Describe_names_the_kind_with_an_example(UnitKind kind, string text)
    {
        Assert.Equal(text, UnitCatalog.Describe(kind));
    }

    [Fact]
    public void A_symbol_read_from_a_span_finds_the_same_unit_as_from_a_string()
    {
        foreach (var symbol in UnitCatalog.All.Select(unit => unit.Symbol).Concat(new[] { "KRW/month", "USD/month", "EUR/month" }))
        {
            var text = "40 " + symbol + " tail";
            Assert.True(UnitCatalog.TryGet(text.AsSpan(3, symbol.Length), out var fromSpan), symbol);
            Assert.True(UnitCatalog.TryGet(symbol, out var fromString), symbol);
            Assert.Same(fromString, fromSpan);
        }
    }

    [Theory]
    [InlineData("GiB/month")]
    [InlineData("/month")]
    [InlineData("gib")]
    [InlineData("")]
    public void A_symbol_read_from_a_span_is_refused_as_from_a_string(string symbol)
    {
        Assert.False(UnitCatalog.TryGet(symbol.AsSpan(), out _));
        Assert.False(UnitCatalog.TryGet(symbol, out _));
    }
}
