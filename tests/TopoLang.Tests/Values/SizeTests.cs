using System;
using TopoLang.Runtime;

namespace TopoLang.Tests.Values;

public sealed class SizeTests
{
    [Theory]
    [InlineData("8 GiB", 8L * 1024 * 1024 * 1024)]
    [InlineData("8GiB", 8L * 1024 * 1024 * 1024)]
    [InlineData("8\tGiB", 8L * 1024 * 1024 * 1024)]
    [InlineData("1.5 GiB", 1_610_612_736L)]
    [InlineData("512 MiB", 512L * 1024 * 1024)]
    [InlineData("1 KiB", 1024L)]
    [InlineData("2 TiB", 2L * 1024 * 1024 * 1024 * 1024)]
    [InlineData("1 PiB", 1024L * 1024 * 1024 * 1024 * 1024)]
    [InlineData("0 B", 0L)]
    [InlineData("300_000 B", 300_000L)]
    public void Binary_units_are_powers_of_1024(string text, long bytes)
    {
        Assert.True(Size.TryParse(text, out var size));
        Assert.Equal(bytes, size.Bytes);
    }

    [Theory]
    [InlineData("1 KB", 1_000L)]
    [InlineData("1 MB", 1_000_000L)]
    [InlineData("100 GB", 100_000_000_000L)]
    [InlineData("1 TB", 1_000_000_000_000L)]
    [InlineData("1 PB", 1_000_000_000_000_000L)]
    [InlineData("1.5 KB", 1_500L)]
    public void Decimal_units_are_powers_of_1000(string text, long bytes)
    {
        Assert.Equal(bytes, Size.Parse(text).Bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("GiB")]
    [InlineData("8")]
    [InlineData("8 gib")]
    [InlineData("8 GiBx")]
    [InlineData("-8 GiB")]
    [InlineData("8,5 GiB")]
    [InlineData("1. GiB")]
    [InlineData("_8 GiB")]
    [InlineData("8 EiB")]
    public void Malformed_text_is_not_a_size(string text)
    {
        Assert.False(Size.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Size.Parse(text));
    }

    [Fact]
    public void Null_text_is_not_a_size()
    {
        Assert.False(Size.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => Size.Parse(null!));
    }

    [Theory]
    [InlineData("1.1 B")]
    [InlineData("0.0005 KB")]
    [InlineData("1.0000000000000000000000000000000001 KiB")]
    public void Fractional_bytes_are_refused(string text)
    {
        Assert.False(Size.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Size.Parse(text));
    }

    [Fact]
    public void Half_a_kibibyte_is_a_whole_number_of_bytes()
    {
        Assert.Equal(512L, Size.Parse("0.5 KiB").Bytes);
    }

    [Theory]
    [InlineData("8192 PiB")]
    [InlineData("9223372036854775808 B")]
    [InlineData("99999999999999999999999999999999999 GiB")]
    public void A_size_beyond_a_long_of_bytes_overflows(string text)
    {
        Assert.False(Size.TryParse(text, out _));
        Assert.Throws<OverflowException>(() => Size.Parse(text));
    }

    [Fact]
    public void The_largest_size_parses()
    {
        Assert.Equal(long.MaxValue, Size.Parse("9223372036854775807 B").Bytes);
    }

    [Fact]
    public void Surrounding_white_space_is_ignored()
    {
        Assert.Equal(Size.Gibibytes(8), Size.Parse("  8 GiB "));
    }

    [Theory]
    [InlineData(32L * 1024 * 1024 * 1024, "32 GiB")]
    [InlineData(1536L * 1024 * 1024, "1536 MiB")]
    [InlineData(1L, "1 B")]
    [InlineData(0L, "0 B")]
    [InlineData(1000L, "1000 B")]
    [InlineData(1024L, "1 KiB")]
    [InlineData(3L * 1024 * 1024 * 1024 * 1024 * 1024, "3 PiB")]
    [InlineData(-2048L, "-2 KiB")]
    public void ToString_uses_the_largest_exact_binary_unit(long bytes, string text)
    {
        Assert.Equal(text, Size.FromBytes(bytes).ToString());
    }

    [Theory]
    [InlineData(1_610_612_736L)]
    [InlineData(long.MaxValue)]
    [InlineData(123_456_789L)]
    public void ToString_parses_back_to_the_same_size(long bytes)
    {
        var size = Size.FromBytes(bytes);

        Assert.Equal(size, Size.Parse(size.ToString()));
    }

    [Fact]
    public void Factories_multiply_by_their_unit()
    {
        Assert.Equal(1024L, Size.Kibibytes(1).Bytes);
        Assert.Equal(1024L * 1024, Size.Mebibytes(1).Bytes);
        Assert.Equal(1024L * 1024 * 1024, Size.Gibibytes(1).Bytes);
        Assert.Equal(1024L * 1024 * 1024 * 1024, Size.Tebibytes(1).Bytes);
        Assert.Equal(1024L * 1024 * 1024 * 1024 * 1024, Size.Pebibytes(1).Bytes);
    }

    [Fact]
    public void Factories_throw_on_overflow()
    {
        Assert.Throws<OverflowException>(() => Size.Tebibytes(long.MaxValue / 1024));
    }

    [Fact]
    public void Addition_and_subtraction_are_exact()
    {
        Assert.Equal(Size.Mebibytes(1536), Size.Gibibytes(1) + Size.Mebibytes(512));
        Assert.Equal(Size.Mebibytes(512), Size.Gibibytes(1) - Size.Mebibytes(512));
    }

    [Fact]
    public void Multiplication_by_a_count_is_exact()
    {
        Assert.Equal(Size.Gibibytes(12), Size.Gibibytes(4) * 3);
        Assert.Equal(Size.Gibibytes(12), 3 * Size.Gibibytes(4));
    }

    [Fact]
    public void Arithmetic_throws_instead_of_wrapping()
    {
        var max = Size.FromBytes(long.MaxValue);

        Assert.Throws<OverflowException>(() => max + Size.FromBytes(1));
        Assert.Throws<OverflowException>(() => Size.FromBytes(long.MinValue) - Size.FromBytes(1));
        Assert.Throws<OverflowException>(() => max * 2);
    }

    [Fact]
    public void Sizes_compare_by_bytes()
    {
        var small = Size.Mebibytes(1024);
        var large = Size.Gibibytes(2);

        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= Size.Gibibytes(1));
        Assert.True(small >= Size.Gibibytes(1));
        Assert.True(small == Size.Gibibytes(1));
        Assert.True(small != large);
        Assert.Equal(-1, Math.Sign(small.CompareTo(large)));
        Assert.Equal(small.GetHashCode(), Size.Gibibytes(1).GetHashCode());
        Assert.True(small.Equals((object)Size.Gibibytes(1)));
    }
}
