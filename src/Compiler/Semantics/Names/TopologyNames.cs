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
    private TopologyNames(TopologyModel model, IEnumerable<GuestModel> guests)
    {
        ClassName = CSharpIdentifiers.ForTopologyClass(model.Name);
        Hosts = Collect("Hosts", model.Hosts.Select(h => h.Name));
        Guests = Collect("Guests", guests.Select(g => g.Name));
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

    /// <param name="guests">Every guest in source order (<see cref="TopologySemantics.Guests"/>): member i of <see cref="Guests"/> is guest i.</param>
    public static TopologyNames For(TopologyModel model, IEnumerable<GuestModel> guests) => new(model, guests);

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
