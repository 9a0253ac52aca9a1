using System;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>
/// A network whose CIDR is valid, with its range as numbers and its place in source order.
/// Networks without a valid CIDR have none: TOPO5001 or the binder already spoke about them.
/// </summary>
public sealed class NetworkBlock
{
    private NetworkBlock(NetworkModel network, Located<string> cidr, IpNetwork range, int order)
    {
        Network = network;
        Cidr = cidr;
        Range = range;
        Order = order;
        Key = range.SortKey;
        Last = Key.Start | IpAddressBits.HostMask(range.PrefixLength, range.IsIPv6);
    }

    public NetworkModel Network { get; }

    /// <summary>The CIDR as written, for messages, and where.</summary>
    public Located<string> Cidr { get; }

    public IpNetwork Range { get; }

    /// <summary>The network's index in source order.</summary>
    public int Order { get; }

    public IpNetworkSortKey Key { get; }

    /// <summary>The last address of the range, as a number.</summary>
    public UInt128 Last { get; }

    public string Name => Network.Name.Value;

    /// <summary>"network 'lan' (10.0.1.0/24)".</summary>
    public string Describe() => $"network '{Name}' ({Cidr.Value})";

    public static NetworkBlock? From(NetworkModel network, int order) =>
        network.Cidr is { } cidr && cidr.Value.IsValid
            ? new NetworkBlock(network, cidr.Select(written => written.Text), IpNetwork.From(cidr.Value.Value), order)
            : null;
}
