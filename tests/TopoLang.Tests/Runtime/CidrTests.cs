using System;
using TopoLang.Runtime;

namespace TopoLang.Tests.Runtime;

public sealed class CidrTests
{
    [Theory]
    [InlineData("10.0.1.0/24", "10.0.1.0", 24)]
    [InlineData("0.0.0.0/0", "0.0.0.0", 0)]
    [InlineData("192.168.1.7/32", "192.168.1.7", 32)]
    [InlineData("2001:db8::/32", "2001:db8::", 32)]
    [InlineData("::/0", "::", 0)]
    [InlineData("fd00::1/128", "fd00::1", 128)]
    public void Valid_blocks_are_read(string text, string address, int prefixLength)
    {
        var cidr = new Cidr(text);

        Assert.Equal(address, cidr.Address);
        Assert.Equal(prefixLength, cidr.PrefixLength);
    }

    [Theory]
    [InlineData("10.0.1.0/24", false)]
    [InlineData("2001:db8::/32", true)]
    public void The_family_is_known(string text, bool isIPv6)
    {
        Assert.Equal(isIPv6, new Cidr(text).IsIPv6);
    }

    [Theory]
    [InlineData("2001:DB8:0:0:0:0:0:0/32", "2001:db8::/32")]
    [InlineData("2001:0db8::/32", "2001:db8::/32")]
    [InlineData("10.0.1.0/24", "10.0.1.0/24")]
    public void The_text_is_canonical(string text, string canonical)
    {
        Assert.Equal(canonical, new Cidr(text).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("10.0.1.0")]
    [InlineData("10.0.1/24")]
    [InlineData("10.1/8")]
    [InlineData("10.0.1.0.0/24")]
    [InlineData("10.0.1.256/32")]
    [InlineData("010.0.1.0/24")]
    [InlineData("0x0a.0.1.0/24")]
    [InlineData("10.0.1.0/33")]
    [InlineData("10.0.1.0/024")]
    [InlineData("10.0.1.0/+24")]
    [InlineData("10.0.1.0/")]
    [InlineData(" 10.0.1.0/24")]
    [InlineData("10.0.1.0/24 ")]
    [InlineData("10.0.1.5/24")]
    [InlineData("2001:db8::/129")]
    [InlineData("2001:db8::1/32")]
    [InlineData("fe80::1%eth0/128")]
    [InlineData("[2001:db8::]/32")]
    [InlineData("2001:db8:::/32")]
    [InlineData("1::2::3/128")]
    [InlineData("12345::/16")]
    [InlineData("1:2:3:4:5:6:7:8:9/128")]
    public void Invalid_blocks_are_rejected(string text)
    {
        Assert.False(Cidr.TryParse(text, out var cidr));
        Assert.Equal(default, cidr);
    }

    [Fact]
    public void The_constructor_throws_a_format_exception_saying_why()
    {
        var error = Assert.Throws<FormatException>(() => new Cidr("10.0.1.5/24"));

        Assert.Equal("'10.0.1.5/24' is not a CIDR block such as 10.0.1.0/24: host bits are set: the network is 10.0.1.0/24.", error.Message);
    }

    [Fact]
    public void Null_is_not_a_block()
    {
        Assert.False(Cidr.TryParse(null, out _));
    }

    [Theory]
    [InlineData("10.0.1.0/24", "10.0.1.0", true)]
    [InlineData("10.0.1.0/24", "10.0.1.255", true)]
    [InlineData("10.0.1.0/24", "10.0.2.1", false)]
    [InlineData("10.0.0.0/15", "10.1.255.255", true)]
    [InlineData("10.0.0.0/15", "10.2.0.0", false)]
    [InlineData("0.0.0.0/0", "203.0.113.9", true)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::1", true)]
    [InlineData("2001:db8::/32", "2001:db9::1", false)]
    public void Contains_compares_the_prefix_bits(string block, string address, bool inside)
    {
        Assert.Equal(inside, new Cidr(block).Contains(address));
    }

    [Theory]
    [InlineData("10.0.1.0/24", "::ffff:10.0.1.5")]
    [InlineData("::/0", "10.0.1.5")]
    [InlineData("10.0.1.0/24", "10.0.1")]
    [InlineData("10.0.1.0/24", "010.0.1.5")]
    [InlineData("10.0.1.0/24", "")]
    public void Addresses_of_the_other_family_or_malformed_are_not_contained(string block, string address)
    {
        Assert.False(new Cidr(block).Contains(address));
    }

    [Fact]
    public void Equal_blocks_are_equal_whatever_their_spelling()
    {
        var left = new Cidr("2001:DB8::/32");
        var right = new Cidr("2001:0db8:0::/32");

        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, new Cidr("2001:db8::/48"));
    }

    [Fact]
    public void The_default_value_is_the_whole_ipv4_space()
    {
        Cidr cidr = default;

        Assert.Equal("0.0.0.0/0", cidr.ToString());
        Assert.Equal(new Cidr("0.0.0.0/0"), cidr);
        Assert.True(cidr.Contains("192.0.2.1"));
    }
}
