using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>
/// The networks of a topology by name, with their ranges, the addresses written in each, and
/// every guest nic resolved to its network: what the address rules (TOPO5001–5003) check and
/// what the targets write, computed once, in time linear in networks and nics.
/// </summary>
public sealed class AddressBook
{
    private readonly Dictionary<string, NetworkAddresses> _byName;
    private readonly Dictionary<GuestModel, ImmutableArray<GuestNic>> _byGuest;

    private AddressBook(ImmutableArray<NetworkAddresses> networks, Dictionary<string, NetworkAddresses> byName, ImmutableArray<GuestNic> nics)
    {
        Networks = networks;
        Nics = nics;
        _byName = byName;
        _byGuest = ByGuest(nics);
    }

    /// <summary>Every network declaration in source order, a name declared twice included.</summary>
    public ImmutableArray<NetworkAddresses> Networks { get; }

    /// <summary>Every nic of every guest and domU, nested ones included, in source order.</summary>
    public ImmutableArray<GuestNic> Nics { get; }

    /// <summary>The first declaration of the network named <paramref name="name"/>, if any.</summary>
    public NetworkAddresses? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The nics of <paramref name="guest"/>, in the order it declares them.</summary>
    public ImmutableArray<GuestNic> NicsOf(GuestModel guest) => _byGuest.GetValueOrDefault(guest, ImmutableArray<GuestNic>.Empty);

    /// <param name="guests">Every guest in source order (<see cref="TopologySemantics.Guests"/>).</param>
    public static AddressBook For(TopologyModel model, IEnumerable<GuestModel> guests)
    {
        var nics = GuestNics.All(guests).ToList();
        var addressed = NicAddressesByNetwork(nics);
        var networks = ImmutableArray.CreateBuilder<NetworkAddresses>(model.Networks.Length);
        var byName = new Dictionary<string, NetworkAddresses>(StringComparer.Ordinal);
        for (var i = 0; i < model.Networks.Length; i++)
        {
            var network = model.Networks[i];
            var name = network.Name.Value;

            // A name declared twice is TOPO1002; the first declaration is the one nics join.
            var joined = byName.ContainsKey(name) ? null : addressed.GetValueOrDefault(name);
            var entry = new NetworkAddresses(network, NetworkBlock.From(network, i), Uses(network.Gateway, joined));
            networks.Add(entry);
            byName.TryAdd(name, entry);
        }

        var resolved = nics.Select(pair => new GuestNic(pair.Guest, pair.Nic, byName.GetValueOrDefault(pair.Nic.Network.Value))).ToImmutableArray();
        return new AddressBook(networks.MoveToImmutable(), byName, resolved);
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

    /// <summary>The nics that write an `ip`, by the name of the network they join, in source order.</summary>
    private static Dictionary<string, List<AddressUse>> NicAddressesByNetwork(IEnumerable<(GuestModel Guest, NicModel Nic)> nics)
    {
        var byNetwork = new Dictionary<string, List<AddressUse>>(StringComparer.Ordinal);
        foreach (var (guest, nic) in nics)
        {
            if (nic.Ip is { } ip)
            {
                if (!byNetwork.TryGetValue(nic.Network.Value, out var uses))
                {
                    byNetwork.Add(nic.Network.Value, uses = new List<AddressUse>());
                }

                uses.Add(AddressUse.ForNic(guest, ip));
            }
        }

        return byNetwork;
    }

    private static ImmutableArray<AddressUse> Uses(Located<ParsedText<System.Net.IPAddress>>? gateway, List<AddressUse>? nics)
    {
        var uses = ImmutableArray.CreateBuilder<AddressUse>(1 + (nics?.Count ?? 0));
        if (gateway is { } written)
        {
            uses.Add(AddressUse.ForGateway(written));
        }

        uses.AddRange(nics ?? []);
        return uses.ToImmutable();
    }
}
