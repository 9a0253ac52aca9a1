using TopoLang.Compiler.Binding.Values;

namespace TopoLang.Tests.Values;

public sealed class QuantityLiteralTests
{
    [Theory]
    [InlineData("8 GiB", "8", "GiB")]
    [InlineData("1.5GiB", "1.5", "GiB")]
    [InlineData("8\t GiB", "8", "GiB")]
    [InlineData("70%", "70", "%")]
    [InlineData("70 %", "70", "%")]
    [InlineData("300_000 KRW/month", "300000", "KRW")]
    [InlineData("300 s", "300", "s")]
    [InlineData("2.4 GHz", "2.4", "GHz")]
    public void Token_splits_into_number_and_unit(string token, string number, string symbol)
    {
        Assert.True(QuantityLiteral.TryParse(token, out var quantity));
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), quantity.Number);
        Assert.Equal(symbol, quantity.Unit.Symbol);
    }

    [Theory]
    [InlineData("")]
    [InlineData("8")]
    [InlineData("GiB")]
    [InlineData("8 ")]
    [InlineData("8 EiB")]
    [InlineData("8 gib")]
    [InlineData("1.2.3 GiB")]
    public void Text_without_a_number_and_a_known_unit_is_not_a_quantity(string token)
    {
        Assert.False(QuantityLiteral.TryParse(token, out _));
    }

    [Fact]
    public void A_number_too_large_for_a_decimal_is_not_a_quantity()
    {
        Assert.False(QuantityLiteral.TryParse("99999999999999999999999999999999 GiB", out _));
    }

    [Fact]
    public void TrySplit_keeps_the_words_as_written()
    {
        Assert.True(QuantityLiteral.TrySplit("300_000 KRW/month", out var number, out var unit));
        Assert.Equal("300_000", number);
        Assert.Equal("KRW/month", unit);
    }

    [Theory]
    [InlineData("8 GiB", "8 GiB")]
    [InlineData("1_024MiB", "1024 MiB")]
    [InlineData("70 %", "70%")]
    [InlineData("300_000 KRW/month", "300000 KRW")]
    public void Quantity_prints_its_number_and_unit(string token, string text)
    {
        Assert.True(QuantityLiteral.TryParse(token, out var quantity));
        Assert.Equal(text, quantity.ToString());
    }
}
