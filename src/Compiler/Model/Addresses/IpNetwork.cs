using System;
using System.Globalization;
using System.Net;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A CIDR block such as 10.0.1.0/24 or 2001:db8::/32 as numbers, for the range arithmetic of
/// the rules (overlaps, reserved addresses); the Runtime's <see cref="Cidr"/> reads the text.
/// Read networks have no host bits set; the members mask them anyway, so a hand-made one
/// behaves as its network.
/// </summary>
public readonly record struct IpNetwork(IPAddress Network, int PrefixLength) : IComparable<IpNetwork>
{
    public bool IsIPv6 => IpAddressBits.IsIPv6(Network);

    /// <summary>32 for IPv4, 128 for IPv6.</summary>
    public int MaxPrefixLength => IpAddressBits.Width(IsIPv6);

    public IPAddress First => IpAddressBits.ToAddress(Start, IsIPv6);

    public IPAddress Last => IpAddressBits.ToAddress(Start | HostMask, IsIPv6);

    /// <summary>Sorting by this key lets overlaps be found in one pass (see <see cref="IpNetworkSortKey"/>).</summary>
    public IpNetworkSortKey SortKey => new(IsIPv6, Start, PrefixLength);

    private UInt128 HostMask => IpAddressBits.HostMask(PrefixLength, IsIPv6);

    private UInt128 Start => IpAddressBits.ToNumber(Network) & ~HostMask;

    public static IpNetwork From(Cidr cidr) => new(cidr.NetworkAddress, cidr.PrefixLength);

    /// <summary>Reads `10.0.1.0/24` with the Runtime's strict reader; <paramref name="error"/> is a short message on failure, empty on success.</summary>
    public static bool TryParse(string text, out IpNetwork network, out string error)
    {
        var parsed = Cidr.TryParse(text, out var cidr, out error);
        network = parsed ? From(cidr) : default;
        return parsed;
    }

    /// <summary>An address of the other family is never inside.</summary>
    public bool Contains(IPAddress address) =>
        address is not null
        && IpAddressBits.IsIPv6(address) == IsIPv6
        && (IpAddressBits.ToNumber(address) & ~HostMask) == Start;

    /// <summary>Two blocks overlap when one contains the other's start; IPv4 and IPv6 never overlap.</summary>
    public bool Overlaps(IpNetwork other) =>
        other.IsIPv6 == IsIPv6 && (Contains(other.First) || other.Contains(First));

    public int CompareTo(IpNetwork other) => SortKey.CompareTo(other.SortKey);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First}/{PrefixLength}");
}
