using System;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Catalog;

/// <summary>
/// The addresses of a subnet that are not host addresses. IPv4: the network address (host
/// bits all zero) and the broadcast address (host bits all one) are neither a guest's nor a
/// gateway's, except on /31 point-to-point links (RFC 3021) and /32. IPv6 has no broadcast,
/// but its all-zero host part is the Subnet-Router anycast address (RFC 4291 §2.6.1): the
/// routers of the link answer it, so a gateway may have it and a guest may not; except on /127
/// links (RFC 6164) and /128. OpenStack Neutron refuses the same addresses to ports and
/// gateways (and, stricter, both addresses of a /31).
/// </summary>
public static class SubnetAddresses
{
    /// <summary>Prefixes up to this length keep their first and last IPv4 address out of use.</summary>
    public const int LongestIpv4PrefixWithReservations = 30;

    /// <summary>Prefixes up to this length keep their first IPv6 address out of use.</summary>
    public const int LongestIpv6PrefixWithReservations = 126;

    /// <summary>What a reserved address is ("the network address"), or null where <paramref name="isGateway"/> may take it.</summary>
    public static string? ReservedRole(IpNetwork network, UInt128 address, bool isGateway)
    {
        var isIPv6 = network.IsIPv6;
        if (network.PrefixLength > (isIPv6 ? LongestIpv6PrefixWithReservations : LongestIpv4PrefixWithReservations))
        {
            return null;
        }

        var hostMask = IpAddressBits.HostMask(network.PrefixLength, isIPv6);
        var hostPart = address & hostMask;
        if (hostPart == UInt128.Zero)
        {
            return isIPv6
                ? (isGateway ? null : "the subnet-router anycast address")
                : "the network address";
        }

        return !isIPv6 && hostPart == hostMask ? "the broadcast address" : null;
    }
}
