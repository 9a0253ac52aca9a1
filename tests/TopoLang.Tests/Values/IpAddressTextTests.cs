using System.Net;
using TopoLang.Runtime;

namespace TopoLang.Tests.Values;

public sealed class IpAddressTextTests
{
    private static string Error(string text)
    {
        Assert.False(IpAddressText.TryParse(text, out _, out var error));
        return error;
    }

    [Theory]
    [InlineData("10.0.1.10")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("192.168.0.1")]
    public void Dotted_quad_is_an_IPv4_address(string text)
    {
        Assert.True(IpAddressText.TryParse(text, out var address, out var error));
        Assert.Equal(IPAddress.Parse(text), address);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("10.0.1.10", 0x0A00010Au)]
    [InlineData("0.0.0.0", 0u)]
    [InlineData("255.255.255.255", 0xFFFFFFFFu)]
    [InlineData("192.168.0.1", 0xC0A80001u)]
    public void Dotted_quad_reads_into_its_bits_most_significant_octet_first(string text, uint bits)
    {
        Assert.True(Ipv4Text.TryParse(text, out uint address, out var error));
        Assert.Equal(bits, address);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("10.1")]
    [InlineData("10.0.1")]
    [InlineData("10.0.0.0.1")]
    [InlineData("10..0.1")]
    [InlineData("10.0.0.")]
    public void IPv4_needs_exactly_four_octets(string text)
    {
        Assert.Equal("an IPv4 address has four octets, such as 10.0.1.10", Error(text));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("4294967295")]
    [InlineData("localhost")]
    public void A_bare_word_or_number_is_not_an_address(string text)
    {
        Assert.Equal($"'{text}' is not an IP address", Error(text));
    }

    [Theory]
    [InlineData("10.0.300.1", "300")]
    [InlineData("10.0.1.256", "256")]
    [InlineData("10.0.1a.1", "1a")]
    [InlineData("10.0.-1.1", "-1")]
    [InlineData("10.0.1000.1", "1000")]
    [InlineData("10.0.1.1 ", "1 ")]
    [InlineData("10.0.0x1.1", "0x1")]
    public void Octet_outside_0_to_255_is_an_error(string text, string octet)
    {
        Assert.Equal($"'{octet}' is not an octet (0–255)", Error(text));
    }

    [Theory]
    [InlineData("010.0.0.1", "'010' has a leading zero: write '10'")]
    [InlineData("10.00.0.1", "'00' has a leading zero: write '0'")]
    public void Octet_with_a_leading_zero_is_an_error(string text, string error)
    {
        Assert.Equal(error, Error(text));
    }

    [Fact]
    public void Empty_text_is_an_error()
    {
        Assert.Equal("the address is empty", Error(string.Empty));
    }

    [Theory]
    [InlineData("::", "::")]
    [InlineData("::1", "::1")]
    [InlineData("1::", "1::")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]
    [InlineData("2001:DB8:0:0:8:800:200C:417A", "2001:db8::8:800:200c:417a")]
    [InlineData("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0")]
    [InlineData("::ffff:10.0.0.1", "::ffff:10.0.0.1")]
    [InlineData("1:2:3:4:5:6:10.0.0.1", "1:2:3:4:5:6:a00:1")]
    [InlineData("fe80::", "fe80::")]
    public void RFC_4291_text_forms_are_IPv6_addresses(string text, string canonical)
    {
        Assert.True(IpAddressText.TryParse(text, out var address, out _));
        Assert.Equal(canonical, address!.ToString());
    }

    [Theory]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7:8::")]
    [InlineData("1::2:3:4:5:6:7:8")]
    [InlineData("1:2:3:4:5:6:7:10.0.0.1")]
    public void IPv6_needs_eight_groups(string text)
    {
        Assert.Equal("an IPv6 address has eight groups of 1–4 hex digits, or fewer with one '::'", Error(text));
    }

    [Theory]
    [InlineData("1::2::3")]
    [InlineData("1:::2")]
    public void Double_colon_may_appear_once(string text)
    {
        Assert.Equal("'::' may appear only once", Error(text));
    }

    [Theory]
    [InlineData(":1:2:3:4:5:6:7")]
    [InlineData("1:2:3:4:5:6:7:")]
    [InlineData("1::2:")]
    public void A_single_colon_at_either_end_is_an_error(string text)
    {
        Assert.Equal("empty group: only one '::' may stand for zero groups", Error(text));
    }

    [Theory]
    [InlineData("2001:db8::12345", "12345")]
    [InlineData("2001:db8::g", "g")]
    [InlineData("[2001:db8::1]", "[2001")]
    [InlineData("10.0.0.1::", "10.0.0.1")]
    public void Group_of_more_than_four_hex_digits_is_an_error(string text, string group)
    {
        Assert.Equal($"'{group}' is not an IPv6 group (1–4 hex digits)", Error(text));
    }

    [Fact]
    public void Zone_id_is_an_error()
    {
        Assert.Equal("zone id '%eth0' is not allowed", Error("fe80::1%eth0"));
    }

    [Fact]
    public void Embedded_IPv4_is_checked_strictly()
    {
        Assert.Equal("'300' is not an octet (0–255)", Error("::ffff:10.0.300.1"));
    }

    [Fact]
    public void Long_bad_text_is_shortened_in_the_message()
    {
        var error = Error("10.0.0." + new string('9', 100));

        Assert.EndsWith("...' is not an octet (0–255)", error);
        Assert.True(error.Length < 80);
    }
}
