using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// The host bridge of each network, on KVM and Xen hosts alike: `br-&lt;name&gt;`. Linux limits interface names to 15
/// characters (IFNAMSIZ), so a longer one becomes `br-` + 7 characters of the name + `-` + 4 hex
/// digits of a hash of the whole name: stable across builds, and distinct within a topology.
/// </summary>
internal sealed class BridgeNames
{
    public const int MaxLength = 15;

    private const string Prefix = "br-";
    private const int KeptLength = 7;

    // One per topology, made on first use: every guest's NICs ask for their bridges, and naming
    // every network of a large fleet again for each guest made the emit quadratic.
    private static readonly ConditionalWeakTable<TopologyModel, BridgeNames> ByTopology = new();

    private readonly Dictionary<string, string> _byNetwork = new(StringComparer.Ordinal);

    /// <summary>The bridge names of <paramref name="topology"/>'s networks, named once per topology.</summary>
    public static BridgeNames Of(TopologyModel topology) => ByTopology.GetValue(topology, model => new BridgeNames(model.Networks));

    public BridgeNames(IEnumerable<NetworkModel> networks)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var longNames = new List<string>();
        foreach (var network in networks)
        {
            var name = network.Name.Value;
            if (Prefix.Length + name.Length <= MaxLength && taken.Add(Prefix + name))
            {
                _byNetwork.TryAdd(name, Prefix + name);
            }
            else
            {
                longNames.Add(name);
            }
        }

        // Short names first, so that a shortened name never takes one a short name needs.
        foreach (var name in longNames)
        {
            _byNetwork.TryAdd(name, Shortened(name, taken));
        }
    }

    /// <summary>The bridge of <paramref name="network"/>; a name not in the topology gets one too.</summary>
    public string Of(string network) =>
        _byNetwork.TryGetValue(network, out var bridge) ? bridge : Shortened(network, new HashSet<string>(StringComparer.Ordinal));

    private static string Shortened(string name, HashSet<string> taken)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var stem = Prefix + (name.Length > KeptLength ? name[..KeptLength] : name).TrimEnd('-') + "-";
        for (var i = 0; i + 1 < hash.Length; i++)
        {
            var candidate = stem + Convert.ToHexString(hash, i, 2).ToLowerInvariant();
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }

        return stem + "x";
    }
}
