using System.Net;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Addresses;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// The address libvirt gives the host on a network's bridge (`&lt;ip address= prefix=&gt;`): the
/// gateway, since on a nat or isolated network the host is the router. A nat network without a
/// gateway still needs one (libvirt refuses NAT without an address): the first host address.
/// </summary>
internal sealed record NetworkAddress(IPAddress Address, int Prefix, bool IsIPv6, bool IsDerived)
{
    public string Family => IsIPv6 ? "ipv6" : "ipv4";

    public static NetworkAddress? For(NetworkAddresses network)
    {
        if (network.Range is not { } range)
        {
            return null;
        }

        if (network.Gateway is { } address)
        {
            return new NetworkAddress(address, range.PrefixLength, range.IsIPv6, IsDerived: false);
        }

        return network.Network.Mode == NetworkMode.Nat ? new NetworkAddress(FirstHost(range), range.PrefixLength, range.IsIPv6, IsDerived: true) : null;
    }

    // A /31 or /32 (/127, /128) has no network address to skip (RFC 3021, RFC 6164).
    private static IPAddress FirstHost(IpNetwork range)
    {
        var width = IpAddressBits.Width(range.IsIPv6);
        var start = IpAddressBits.ToNumber(range.First);
        return IpAddressBits.ToAddress(range.PrefixLength >= width - 1 ? start : start + 1, range.IsIPv6);
    }
}
