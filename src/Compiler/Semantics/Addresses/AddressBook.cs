using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>
/// The networks of a topology by name, with their ranges, the addresses written in each, and
/// every guest nic resolved to its network: what the address rules (TOPO5001–5003) check and
/// what the targets write, computed once, in time linear in networks and nics. Every array is
/// made at its final size (the addresses of a network are counted before they are placed): a
/// fleet has a nic per guest and hundreds of addresses per network.
/// </summary>
public sealed class AddressBook
{
    private readonly Dictionary<string, NetworkAddresses> _byName;
    private readonly Lazy<Dictionary<GuestModel, ImmutableArray<GuestNic>>> _byGuest;

    private AddressBook(ImmutableArray<NetworkAddresses> networks, Dictionary<string, NetworkAddresses> byName, ImmutableArray<GuestNic> nics)
    {
        Networks = networks;
        Nics = nics;
        _byName = byName;

        // Only the targets ask for a guest's nics; a check never does.
        _byGuest = new(() => ByGuest(nics));
    }

    /// <summary>Every network declaration in source order, a name declared twice included.</summary>
    public ImmutableArray<NetworkAddresses> Networks { get; }

    /// <summary>Every nic of every guest and domU, nested ones included, in source order.</summary>
    public ImmutableArray<GuestNic> Nics { get; }

    /// <summary>The first declaration of the network named <paramref name="name"/>, if any.</summary>
    public NetworkAddresses? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The nics of <paramref name="guest"/>, in the order it declares them.</summary>
    public ImmutableArray<GuestNic> NicsOf(GuestModel guest) => _byGuest.Value.GetValueOrDefault(guest, ImmutableArray<GuestNic>.Empty);

    /// <param name="guests">Every guest in source order (<see cref="TopologySemantics.Guests"/>).</param>
    public static AddressBook For(TopologyModel model, ImmutableArray<GuestModel> guests)
    {
        // Each nic without its network first; the networks are made once their addresses are counted.
        var nics = GuestNics.All(guests);

        // A name declared twice is TOPO1002; the first declaration is the one nics join.
        var firstDeclaration = FirstDeclarations(model.Networks);
        var joined = new int[nics.Length];
        var addressCounts = new int[model.Networks.Length];
        for (var i = 0; i < nics.Length; i++)
        {
            joined[i] = firstDeclaration.GetValueOrDefault(nics[i].Nic.Network.Value, -1);
            if (joined[i] >= 0 && nics[i].Nic.HasIp)
            {
                addressCounts[joined[i]]++;
            }
        }

        var uses = PlaceAddresses(model.Networks, nics, joined, addressCounts);
        var networks = new NetworkAddresses[model.Networks.Length];
        var byName = new Dictionary<string, NetworkAddresses>(firstDeclaration.Count, StringComparer.Ordinal);
        for (var i = 0; i < networks.Length; i++)
        {
            var network = model.Networks[i];
            networks[i] = new NetworkAddresses(network, NetworkBlock.From(network, i), ImmutableCollectionsMarshal.AsImmutableArray(uses[i]));
            byName.TryAdd(network.Name.Value, networks[i]);
        }

        for (var i = 0; i < nics.Length; i++)
        {
            if (joined[i] >= 0)
            {
                nics[i] = nics[i] with { Network = networks[joined[i]] };
            }
        }

        return new AddressBook(ImmutableCollectionsMarshal.AsImmutableArray(networks), byName, ImmutableCollectionsMarshal.AsImmutableArray(nics));
    }

    private static Dictionary<string, int> FirstDeclarations(ImmutableArray<NetworkModel> networks)
    {
        var first = new Dictionary<string, int>(networks.Length, StringComparer.Ordinal);
        for (var i = 0; i < networks.Length; i++)
        {
            first.TryAdd(networks[i].Name.Value, i);
        }

        return first;
    }

    /// <summary>Each network's addresses in source order: its gateway, when written, then the `ip` of each nic that joins it.</summary>
    private static AddressUse[][] PlaceAddresses(ImmutableArray<NetworkModel> networks, GuestNic[] nics, int[] joined, int[] addressCounts)
    {
        var uses = new AddressUse[networks.Length][];
        var filled = new int[networks.Length];
        for (var i = 0; i < networks.Length; i++)
        {
            var hasGateway = networks[i].Gateway is not null;
            uses[i] = new AddressUse[(hasGateway ? 1 : 0) + addressCounts[i]];
            if (hasGateway)
            {
                uses[i][filled[i]++] = AddressUse.ForGateway(networks[i]);
            }
        }

        for (var i = 0; i < nics.Length; i++)
        {
            if (joined[i] is var network and >= 0 && nics[i].Nic.HasIp)
            {
                uses[network][filled[network]++] = AddressUse.ForNic(nics[i].Guest, nics[i].Nic);
            }
        }

        return uses;
    }

    // The walk gives a guest's nics one after another, so each guest is one run of the list.
    private static Dictionary<GuestModel, ImmutableArray<GuestNic>> ByGuest(ImmutableArray<GuestNic> nics)
    {
        // By reference: two guests alike in every value are still two guests.
        var byGuest = new Dictionary<GuestModel, ImmutableArray<GuestNic>>(ReferenceEqualityComparer.Instance);
        var start = 0;
        for (var i = 1; i <= nics.Length; i++)
        {
            if (i == nics.Length || !ReferenceEquals(nics[i].Guest, nics[start].Guest))
            {
                byGuest.Add(nics[start].Guest, nics.Slice(start, i - start));
                start = i;
            }
        }

        return byGuest;
    }
}
