using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TopoLang.Compiler.Model;

/// <summary>
/// The bound topology: immutable, defaults applied, every value with its location. The input of
/// the rules, the C# emitter and the plan builder. Lookups by name are built on first use.
/// </summary>
public sealed record TopologyModel(
    string Name,
    string? Namespace,
    ImmutableArray<ParamModel> Params,
    ImmutableArray<HostModel> Hosts,
    ImmutableArray<NetworkModel> Networks,
    ImmutableArray<ProviderModel> Providers,
    ImmutableArray<CloudModel> Clouds,
    ImmutableArray<DeploymentModel> Deployments)
{
    private Lookups? _lookups;

    private Lookups Index => _lookups ??= new Lookups(this);

    public HostModel? FindHost(string name) => Index.Hosts.GetValueOrDefault(name);

    public NetworkModel? FindNetwork(string name) => Index.Networks.GetValueOrDefault(name);

    public ProviderModel? FindProvider(string name) => Index.Providers.GetValueOrDefault(name);

    public CloudModel? FindCloud(string name) => Index.Clouds.GetValueOrDefault(name);

    public DeploymentModel? FindDeployment(string name) => Index.Deployments.GetValueOrDefault(name);

    /// <summary>Every guest and domU placed directly on a host's hypervisor, with its host.</summary>
    public IEnumerable<(HostModel Host, GuestModel Guest)> HostedGuests =>
        Hosts.SelectMany(host => (host.Hypervisor?.Guests ?? ImmutableArray<GuestModel>.Empty).Select(guest => (host, guest)));

    /// <summary>Providers the user declared (the prelude's are in <see cref="Providers"/> too).</summary>
    public IEnumerable<ProviderModel> DeclaredProviders => Providers.Where(p => !p.IsBuiltIn);

    private sealed class Lookups
    {
        public Lookups(TopologyModel model)
        {
            Hosts = ByName(model.Hosts, h => h.Name.Value);
            Networks = ByName(model.Networks, n => n.Name.Value);
            Providers = ByName(model.Providers, p => p.Name.Value);
            Clouds = ByName(model.Clouds, c => c.Name.Value);
            Deployments = ByName(model.Deployments, d => d.Name.Value);
        }

        public Dictionary<string, HostModel> Hosts { get; }

        public Dictionary<string, NetworkModel> Networks { get; }

        public Dictionary<string, ProviderModel> Providers { get; }

        public Dictionary<string, CloudModel> Clouds { get; }

        public Dictionary<string, DeploymentModel> Deployments { get; }

        // A name declared twice is TOPO1002; the first declaration is the one that counts.
        private static Dictionary<string, T> ByName<T>(ImmutableArray<T> items, System.Func<T, string> name)
        {
            var map = new Dictionary<string, T>(System.StringComparer.Ordinal);
            foreach (var item in items)
            {
                map.TryAdd(name(item), item);
            }

            return map;
        }
    }
}
