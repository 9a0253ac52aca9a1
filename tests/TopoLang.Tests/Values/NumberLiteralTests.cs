using System;
using TopoLang.Compiler.Binding.Values;

namespace TopoLang.Tests.Values;

public sealed class NumberLiteralTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("42", "42")]
    [InlineData("300_000", "300000")]
    [InlineData("1_", "1")]
    [InlineData("1.5", "1.5")]
    [InlineData("007", "7")]
    [InlineData("1_000.25", "1000.25")]

    // Up to nineteen digits the value is built in a ulong, past that in decimal arithmetic.
    [InlineData("9999999999999999999", "9999999999999999999")]
    [InlineData("99999999999999999999", "99999999999999999999")]
    [InlineData("1_844_674_407_370_955_161.5", "1844674407370955161.5")]
    [InlineData("18446744073709551615.9", "18446744073709551615.9")]
    [InlineData("0.0000000000000000001", "0.0000000000000000001")]
    public void Literal_reads_its_value(string text, string expected)
    {
        Assert.True(NumberLiteral.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void A_literal_read_from_a_span_of_a_longer_text_stops_at_its_end()
    {
        var text = "memory 4096 MiB";
        Assert.True(NumberLiteral.TryParse(text.AsSpan(7, 4), out var value));
        Assert.Equal(4096m, value);
    }

    [Fact]
    public void Trailing_zeros_after_the_point_are_dropped()
    {
        Assert.True(NumberLiteral.TryParse("4.50", out var value));
        Assert.Equal("4.5", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_largest_decimal_fits()
    {
        Assert.True(NumberLiteral.TryParse("79228162514264337593543950335", out var value));
        Assert.Equal(decimal.MaxValue, value);
    }

    [Fact]
    public void A_number_beyond_a_decimal_does_not_fit()
    {
        Assert.False(NumberLiteral.TryParse("79228162514264337593543950336", out _));
    }

    [Fact]
    public void Twenty_eight_digits_after_the_point_fit()
    {
        Assert.True(NumberLiteral.TryParse("0.0000000000000000000000000001", out var value));
        Assert.Equal(0.0000000000000000000000000001m, value);
    }

    [Fact]
    public void A_fraction_a_decimal_would_round_does_not_fit()
    {
        Assert.False(NumberLiteral.TryParse("1.00000000000000000000000000001", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("_1")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.5.2")]
    [InlineData("1._5")]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData("١")]
    public void Text_outside_the_number_grammar_is_refused(string text)
    {
        Assert.False(NumberLiteral.TryParse(text, out _));
    }
}
