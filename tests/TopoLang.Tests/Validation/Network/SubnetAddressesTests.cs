using System.Net;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Catalog;

namespace TopoLang.Tests.Validation.Network;

public sealed class SubnetAddressesTests
{
    [Theory]
    [InlineData("10.0.1.0/24", "10.0.1.0", "the network address")]
    [InlineData("10.0.1.0/24", "10.0.1.255", "the broadcast address")]
    [InlineData("10.0.1.0/30", "10.0.1.3", "the broadcast address")]
    [InlineData("fd00::/64", "fd00::", "the subnet-router anycast address")]
    public void A_guest_may_not_take_a_reserved_address(string cidr, string address, string role)
    {
        Assert.Equal(role, Role(cidr, address, isGateway: false));
    }

    [Theory]
    [InlineData("10.0.1.0/31", "10.0.1.0")]
    [InlineData("10.0.1.0/31", "10.0.1.1")]
    [InlineData("10.0.1.7/32", "10.0.1.7")]
    [InlineData("fd00::/127", "fd00::")]
    [InlineData("fd00::1/128", "fd00::1")]
    [InlineData("fd00::/64", "fd00::ffff:ffff:ffff:ffff")]
    [InlineData("10.0.1.0/24", "10.0.1.1")]
    public void Point_to_point_links_and_ordinary_addresses_are_host_addresses(string cidr, string address)
    {
        Assert.Null(Role(cidr, address, isGateway: false));
    }

    [Fact]
    public void An_IPv6_gateway_may_take_the_subnet_router_anycast_address()
    {
        Assert.Null(Role("fd00::/64", "fd00::", isGateway: true));
    }

    [Fact]
    public void An_IPv4_gateway_may_not_take_the_broadcast_address()
    {
        Assert.Equal("the broadcast address", Role("10.0.1.0/24", "10.0.1.255", isGateway: true));
    }

    private static string? Role(string cidr, string address, bool isGateway)
    {
        Assert.True(IpNetwork.TryParse(cidr, out var network, out _));
        return SubnetAddresses.ReservedRole(network, IpAddressBits.ToNumber(IPAddress.Parse(address)), isGateway);
    }
}
