using System.Linq;
using System.Net;
using TopoLang.Compiler.Model;

namespace TopoLang.Tests.Values;

public sealed class IpNetworkTests
{
    private static IpNetwork Network(string text)
    {
        Assert.True(IpNetwork.TryParse(text, out var network, out var error), error);
        return network;
    }

    private static string Error(string text)
    {
        Assert.False(IpNetwork.TryParse(text, out _, out var error));
        return error;
    }

    [Fact]
    public void IPv4_CIDR_parses()
    {
        var network = Network("10.0.1.0/24");

        Assert.Equal(IPAddress.Parse("10.0.1.0"), network.Network);
        Assert.Equal(24, network.PrefixLength);
        Assert.False(network.IsIPv6);
        Assert.Equal(32, network.MaxPrefixLength);
    }

    [Fact]
    public void IPv6_CIDR_parses()
    {
        var network = Network("2001:db8::/32");

        Assert.True(network.IsIPv6);
        Assert.Equal(128, network.MaxPrefixLength);
        Assert.Equal("2001:db8::/32", network.ToString());
    }

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("10.0.0.1/32")]
    [InlineData("::/0")]
    [InlineData("::1/128")]
    public void Prefix_may_span_zero_to_the_full_width(string text)
    {
        Assert.Equal(text, Network(text).ToString());
    }

    [Fact]
    public void Missing_prefix_is_an_error()
    {
        Assert.Equal("missing '/prefix'", Error("10.0.1.0"));
    }

    [Fact]
    public void Empty_prefix_is_an_error()
    {
        Assert.Equal("missing prefix length after '/'", Error("10.0.1.0/"));
    }

    [Theory]
    [InlineData("10.0.0.0/33", "prefix /33 is beyond 32")]
    [InlineData("10.0.0.0/1000", "prefix /1000 is beyond 32")]
    [InlineData("2001:db8::/129", "prefix /129 is beyond 128")]
    public void Prefix_beyond_the_width_is_an_error(string text, string error)
    {
        Assert.Equal(error, Error(text));
    }

    [Theory]
    [InlineData("10.0.0.0/024", "'/024' is not a prefix length")]
    [InlineData("10.0.0.0/x", "'/x' is not a prefix length")]
    [InlineData("10.0.0.0/8/8", "'/8/8' is not a prefix length")]
    [InlineData("10.0.0.0/-1", "'/-1' is not a prefix length")]
    public void Prefix_must_be_a_plain_decimal(string text, string error)
    {
        Assert.Equal(error, Error(text));
    }

    [Theory]
    [InlineData("10.0.1.5/24", "host bits are set: the network is 10.0.1.0/24")]
    [InlineData("2001:db8::1/32", "host bits are set: the network is 2001:db8::/32")]
    public void Host_bits_set_is_an_error_naming_the_network(string text, string error)
    {
        Assert.Equal(error, Error(text));
    }

    [Fact]
    public void Bad_address_in_a_CIDR_reports_the_address_error()
    {
        Assert.Equal("'300' is not an octet (0–255)", Error("10.0.300.0/24"));
    }

    [Fact]
    public void Empty_CIDR_is_an_error()
    {
        Assert.Equal("the CIDR is empty", Error(string.Empty));
    }

    [Fact]
    public void Success_leaves_the_error_empty()
    {
        Assert.True(IpNetwork.TryParse("10.0.0.0/8", out _, out var error));
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void First_and_last_bound_the_block()
    {
        var network = Network("10.0.1.0/24");

        Assert.Equal(IPAddress.Parse("10.0.1.0"), network.First);
        Assert.Equal(IPAddress.Parse("10.0.1.255"), network.Last);
    }

    [Fact]
    public void Last_of_an_IPv6_block_sets_every_host_bit()
    {
        Assert.Equal(IPAddress.Parse("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"), Network("2001:db8::/32").Last);
    }

    [Fact]
    public void Last_of_the_whole_space_is_all_ones()
    {
        Assert.Equal(IPAddress.Parse("255.255.255.255"), Network("0.0.0.0/0").Last);
    }

    [Theory]
    [InlineData("10.0.1.0/24", "10.0.1.0", true)]
    [InlineData("10.0.1.0/24", "10.0.1.255", true)]
    [InlineData("10.0.1.0/24", "10.0.2.0", false)]
    [InlineData("10.0.0.0/8", "10.255.0.1", true)]
    [InlineData("0.0.0.0/0", "203.0.113.9", true)]
    [InlineData("10.0.0.1/32", "10.0.0.1", true)]
    [InlineData("2001:db8::/32", "2001:db8:1::1", true)]
    [InlineData("2001:db8::/32", "2001:db9::1", false)]
    public void Contains_tests_the_prefix_bits(string cidr, string address, bool expected)
    {
        Assert.Equal(expected, Network(cidr).Contains(IPAddress.Parse(address)));
    }

    [Fact]
    public void Contains_never_crosses_families()
    {
        Assert.False(Network("::/0").Contains(IPAddress.Parse("10.0.0.1")));
        Assert.False(Network("0.0.0.0/0").Contains(IPAddress.Parse("::ffff:10.0.0.1")));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.0.1.0/24", true)]
    [InlineData("10.0.1.0/24", "10.0.0.0/8", true)]
    [InlineData("10.0.1.0/24", "10.0.1.0/24", true)]
    [InlineData("10.0.1.0/24", "10.0.2.0/24", false)]
    [InlineData("10.0.0.0/23", "10.0.1.0/24", true)]
    [InlineData("2001:db8::/32", "2001:db8:5::/48", true)]
    [InlineData("2001:db8::/48", "2001:db8:1::/48", false)]
    public void Overlaps_when_one_block_holds_the_other(string left, string right, bool expected)
    {
        Assert.Equal(expected, Network(left).Overlaps(Network(right)));
    }

    [Fact]
    public void IPv4_and_IPv6_never_overlap()
    {
        Assert.False(Network("0.0.0.0/0").Overlaps(Network("::/0")));
        Assert.False(Network("::/0").Overlaps(Network("0.0.0.0/0")));
    }

    [Fact]
    public void Sorting_puts_IPv4_first_then_start_then_wider_prefix()
    {
        var sorted = new[] { "2001:db8::/32", "10.0.1.0/24", "10.0.0.0/8", "192.168.0.0/16", "10.0.0.0/16", "::/0" }
            .Select(Network)
            .OrderBy(network => network.SortKey)
            .Select(network => network.ToString());

        Assert.Equal(new[] { "10.0.0.0/8", "10.0.0.0/16", "10.0.1.0/24", "192.168.0.0/16", "::/0", "2001:db8::/32" }, sorted);
    }

    [Fact]
    public void Networks_compare_as_their_sort_keys()
    {
        Assert.True(Network("10.0.0.0/8").CompareTo(Network("10.0.0.0/16")) < 0);
        Assert.True(Network("10.0.1.0/24").CompareTo(Network("10.0.0.0/8")) > 0);
        Assert.Equal(0, Network("10.0.0.0/8").CompareTo(Network("10.0.0.0/8")));
    }

    [Fact]
    public void Sorted_sweep_finds_the_overlapping_pair()
    {
        var sorted = new[] { "10.0.2.0/24", "172.16.0.0/12", "10.0.0.0/16", "192.168.1.0/24" }
            .Select(Network)
            .Order()
            .ToArray();

        var overlapping = sorted.Zip(sorted.Skip(1)).Where(pair => pair.First.Overlaps(pair.Second)).ToArray();

        var pair = Assert.Single(overlapping);
        Assert.Equal("10.0.0.0/16", pair.First.ToString());
        Assert.Equal("10.0.2.0/24", pair.Second.ToString());
    }

    [Fact]
    public void Equal_networks_are_equal()
    {
        Assert.Equal(Network("10.0.0.0/8"), Network("10.0.0.0/8"));
        Assert.NotEqual(Network("10.0.0.0/8"), Network("10.0.0.0/9"));
    }
}
