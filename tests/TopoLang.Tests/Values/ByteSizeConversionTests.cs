using TopoLang.Compiler.Binding.Values;

namespace TopoLang.Tests.Values;

public sealed class ByteSizeConversionTests
{
    private static ByteSizeResult Convert(string token)
    {
        Assert.True(QuantityLiteral.TryParse(token, out var quantity), token);
        return ByteSizeConversion.ToBytes(quantity);
    }

    [Theory]
    [InlineData("1.5 GiB", 1_610_612_736L)]
    [InlineData("8 GiB", 8_589_934_592L)]
    [InlineData("512 MiB", 536_870_912L)]
    [InlineData("100 GB", 100_000_000_000L)]
    [InlineData("0.5 KiB", 512L)]
    [InlineData("0.001 KB", 1L)]
    [InlineData("0 B", 0L)]
    [InlineData("8191 PiB", 9_222_246_136_947_933_184L)]
    [InlineData("9223372036854775807 B", long.MaxValue)]
    public void Size_converts_to_exact_bytes(string token, long bytes)
    {
        Assert.Equal(new ByteSizeResult(bytes, ByteSizeError.None), Convert(token));
    }

    [Theory]
    [InlineData("1.1 B")]
    [InlineData("0.1 KiB")]
    [InlineData("0.0001 KB")]
    [InlineData("7.7500000000000000000000000001 KiB")]
    public void Fractional_bytes_are_an_error(string token)
    {
        Assert.Equal(ByteSizeError.FractionalBytes, Convert(token).Error);
    }

    [Theory]
    [InlineData("9000000 PiB")]
    [InlineData("8192 PiB")]
    [InlineData("9223372036854775808 B")]
    [InlineData("79228162514264337593543950335 PB")]
    [InlineData("9000000.5 PiB")]
    public void Size_beyond_a_long_of_bytes_overflows(string token)
    {
        Assert.Equal(new ByteSizeResult(0, ByteSizeError.Overflow), Convert(token));
    }

    [Theory]
    [InlineData("70%")]
    [InlineData("300 s")]
    [InlineData("2.4 GHz")]
    [InlineData("10 Gbps")]
    [InlineData("300_000 KRW")]
    public void Other_kinds_are_not_a_size(string token)
    {
        Assert.Equal(ByteSizeError.NotASize, Convert(token).Error);
    }

    [Fact]
    public void Default_quantity_is_not_a_size()
    {
        Assert.Equal(ByteSizeError.NotASize, ByteSizeConversion.ToBytes(default).Error);
    }
}
