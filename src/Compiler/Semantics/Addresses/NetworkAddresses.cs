using System.Collections.Immutable;
using System.Net;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>
/// One declared network with its range, when its CIDR is valid, and the addresses written in it
/// in source order: its gateway, then the `ip` of each nic that joins it. Nics join the first
/// declaration of a name, so a second one (TOPO1002) holds its gateway alone.
/// </summary>
public sealed class NetworkAddresses
{
    internal NetworkAddresses(NetworkModel network, NetworkBlock? block, ImmutableArray<AddressUse> uses)
    {
        Network = network;
        Block = block;
        Uses = uses;
    }

    public NetworkModel Network { get; }

    public string Name => Network.Name.Value;

    /// <summary>The network's CIDR as numbers; null when it has none or it does not parse (TOPO5001).</summary>
    public NetworkBlock? Block { get; }

    public IpNetwork? Range => Block?.Range;

    /// <summary>The gateway when it is written and reads as an address.</summary>
    public IPAddress? Gateway => Network.Gateway?.Value.Value;

    /// <summary>Every address written in the network, valid or not, in source order, the gateway first.</summary>
    public ImmutableArray<AddressUse> Uses { get; }
}
