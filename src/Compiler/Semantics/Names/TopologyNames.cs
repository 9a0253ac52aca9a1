using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Names;

/// <summary>
/// The C# names of a topology's generated code: its class, and the members of each nested
/// class (Hosts, Guests, Networks, Providers, Clouds, Deployments), decided once in source order
/// so that the emitter and the TOPO1010 check agree.
/// </summary>
public sealed class TopologyNames
{
    private TopologyNames(TopologyModel model)
    {
        ClassName = CSharpIdentifiers.ForTopologyClass(model.Name);
        Hosts = Collect("Hosts", model.Hosts.Select(h => h.Name));
        Guests = Collect("Guests", AllGuests(model).Select(g => g.Name));
        Networks = Collect("Networks", model.Networks.Select(n => n.Name));
        Providers = Collect("Providers", model.Providers.Select(p => p.Name));
        Clouds = Collect("Clouds", model.Clouds.Select(c => c.Name));
        Deployments = Collect("Deployments", model.Deployments.Select(d => d.Name));
    }

    public string ClassName { get; }

    public MemberNames Hosts { get; }

    public MemberNames Guests { get; }

    public MemberNames Networks { get; }

    public MemberNames Providers { get; }

    public MemberNames Clouds { get; }

    public MemberNames Deployments { get; }

    public IEnumerable<MemberNames> All => new[] { Hosts, Guests, Networks, Providers, Clouds, Deployments };

    public static TopologyNames For(TopologyModel model) => new(model);

    /// <summary>Every guest and domU, nested ones after the guest that runs them, in source order.</summary>
    public static IEnumerable<GuestModel> AllGuests(TopologyModel model) =>
        model.Hosts.SelectMany(host => GuestsOf(host.Hypervisor));

    private static IEnumerable<GuestModel> GuestsOf(HypervisorModel? hypervisor)
    {
        if (hypervisor is null)
        {
            yield break;
        }

        foreach (var guest in hypervisor.Guests)
        {
            yield return guest;
            foreach (var nested in GuestsOf(guest.NestedHypervisor))
            {
                yield return nested;
            }
        }
    }

    private static MemberNames Collect(string className, IEnumerable<Located<string>> names)
    {
        var members = new MemberNames(className);
        foreach (var name in names)
        {
            members.Add(name);
        }

        return members;
    }
}
