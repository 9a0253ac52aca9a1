using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using TopoLang.Compiler.Semantics.Addresses;

namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// The address parameters of `createNetwork` from a network's cidr: `gateway` and `netmask`
/// for IPv4, `ip6cidr` and `ip6gateway` for IPv6. The gateway is the declared one or, when the
/// network has none, the first address of the cidr (CloudStack needs one to route the guest
/// network). Nothing when the cidr is missing or not a network address.
/// </summary>
public static class NetworkAddressing
{
    public static IEnumerable<CloudStackParameter> Of(NetworkAddresses network)
    {
        if (network.Range is not { } range)
        {
            yield break;
        }

        var gateway = network.Network.Gateway?.Value.Text ?? FirstAddress(range.First).ToString();
        if (!range.IsIPv6)
        {
            yield return new CloudStackParameter("gateway", gateway);
            yield return new CloudStackParameter("netmask", Netmask(range.PrefixLength));
        }
        else
        {
            yield return new CloudStackParameter("ip6cidr", range.ToString());
            yield return new CloudStackParameter("ip6gateway", gateway);
        }
    }

    private static string Netmask(int prefixLength)
    {
        var mask = prefixLength == 0 ? 0u : uint.MaxValue << (32 - prefixLength);
        return new IPAddress(new[] { (byte)(mask >> 24), (byte)(mask >> 16), (byte)(mask >> 8), (byte)mask }).ToString();
    }

    private static IPAddress FirstAddress(IPAddress baseAddress)
    {
        var bytes = baseAddress.GetAddressBytes();
        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            if (++bytes[i] != 0)
            {
                break;
            }
        }

        return new IPAddress(bytes);
    }
}
