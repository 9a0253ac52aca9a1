using System;

namespace TopoLang.Compiler.Model;

/// <summary>
/// Orders networks IPv4 first, then by start address, then by prefix length (the wider network
/// first). Sorted this way, a network overlaps an earlier one of its family exactly when it
/// starts at or before the last address of some earlier network, since CIDR blocks either nest
/// or are disjoint.
/// </summary>
public readonly record struct IpNetworkSortKey(bool IsIPv6, UInt128 Start, int PrefixLength) : IComparable<IpNetworkSortKey>
{
    public int CompareTo(IpNetworkSortKey other)
    {
        var family = IsIPv6.CompareTo(other.IsIPv6);
        if (family != 0)
        {
            return family;
        }

        var start = Start.CompareTo(other.Start);
        return start != 0 ? start : PrefixLength.CompareTo(other.PrefixLength);
    }
}
