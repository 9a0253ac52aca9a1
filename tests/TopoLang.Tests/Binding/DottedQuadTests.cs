using System.Linq;
using CsCheck;
using TopoLang.Compiler.Binding;

namespace TopoLang.Tests.Binding;

/// <summary>
/// A nic's address is read from its source by <see cref="DottedQuad"/>: it must accept exactly the
/// texts the Runtime's strict reader accepts, with the same 32 bits.
/// </summary>
public sealed class DottedQuadTests
{
    [Theory]
    [InlineData("10.0.1.20", 0x0A000114u)]
    [InlineData("0.0.0.0", 0u)]
    [InlineData("255.255.255.255", 0xFFFFFFFFu)]
    public void A_dotted_quad_reads_into_its_bits(string text, uint expected)
    {
        Assert.True(DottedQuad.TryRead(text, out var bits));
        Assert.Equal(expected, bits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10.0.1")]
    [InlineData("10.0.1.20.5")]
    [InlineData("10.0.1.020")]
    [InlineData("10.0.1.256")]
    [InlineData("10.0.1.2000")]
    [InlineData("10..1.20")]
    [InlineData("10.0.1.")]
    [InlineData(".10.0.1")]
    [InlineData("10.0.1.20/24")]
    [InlineData("fe80::1")]
    [InlineData(" 10.0.1.20")]
    public void Anything_else_does_not_read(string text)
    {
        Assert.False(DottedQuad.TryRead(text, out _));
    }

    [Fact]
    public void It_reads_what_the_runtime_reads_and_nothing_more()
    {
        var octet = Gen.OneOf(Gen.Int[0, 300].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.String[Gen.Char["0123456789"], 0, 4]);
        var shaped = octet.Array[0, 6].Select(parts => string.Join('.', parts));
        var noise = Gen.String[Gen.Char["0123456789.:/ x"], 0, 18];

        Gen.OneOf(shaped, noise).Sample(text =>
        {
            var runtime = TopoLang.Runtime.Ipv4Text.TryParse(text, out uint expected, out _);
            var read = DottedQuad.TryRead(text, out var bits);
            return read == runtime && (!read || bits == expected);
        }, iter: 20_000);
    }
}
