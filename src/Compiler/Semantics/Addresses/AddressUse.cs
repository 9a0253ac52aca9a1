using System;
using System.Net;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>An address written in a network: its gateway, or a guest nic's `ip` (with the guest).</summary>
/// <remarks>
/// It points at where the address is written (the nic, or the network for its gateway) and reads
/// it from there when asked, rather than holding a copy of the located address: a fleet has an
/// address per guest, and the copy was three times the size of the two references.
/// </remarks>
public readonly struct AddressUse
{
    private readonly NicModel? _nic;
    private readonly NetworkModel? _network;

    private AddressUse(GuestModel? guest, NicModel? nic, NetworkModel? network)
    {
        Guest = guest;
        _nic = nic;
        _network = network;
    }

    /// <summary>The guest whose nic has the address; null for a gateway.</summary>
    public GuestModel? Guest { get; }

    public bool IsGateway => Guest is null;

    public Located<ParsedText<IPAddress>> Address => _nic is { } nic ? nic.Ip!.Value : _network!.Gateway!.Value;

    public SourceLocation Location => Address.Location;

    /// <summary>
    /// The address as a number and its family, when it reads; the text is not made for a nic's
    /// IPv4 address kept packed (<see cref="NicModel"/>), which is a fleet's every address.
    /// </summary>
    internal bool TryGetNumber(out UInt128 number, out bool isIPv6)
    {
        if (_nic is { } nic && nic.TryGetPackedIPv4(out var bits))
        {
            (number, isIPv6) = (bits, false);
            return true;
        }

        if (Address.Value.Value is { } address)
        {
            (number, isIPv6) = (IpAddressBits.ToNumber(address), IpAddressBits.IsIPv6(address));
            return true;
        }

        (number, isIPv6) = (default, false);
        return false;
    }

    /// <summary>"the gateway" or "guest 'web-1'": written only for a message, not for every NIC.</summary>
    public string Owner => Guest is null ? "the gateway" : Describe(Guest);

    /// <summary>The gateway of <paramref name="network"/>, which must have one.</summary>
    public static AddressUse ForGateway(NetworkModel network) =>
        network.Gateway is null ? throw new System.ArgumentException("The network has no gateway.", nameof(network)) : new(null, null, network);

    /// <summary>The `ip` of <paramref name="nic"/>, which must have one, a nic of <paramref name="guest"/>.</summary>
    public static AddressUse ForNic(GuestModel guest, NicModel nic) =>
        !nic.HasIp ? throw new System.ArgumentException("The nic has no address.", nameof(nic)) : new(guest, nic, null);

    /// <summary>"guest 'web-1'" or "domU 'fw'".</summary>
    private static string Describe(GuestModel guest) =>
        $"{(guest.Kind == GuestKind.DomU ? "domU" : "guest")} '{guest.Name.Value}'";
}
