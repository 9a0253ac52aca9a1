using System.Collections.Generic;
using System.Collections.Immutable;
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
    private TopologyNames(TopologyModel model, ImmutableArray<GuestModel> guests)
    {
        ClassName = CSharpIdentifiers.ForTopologyClass(model.Name);
        Hosts = Collect("Hosts", model.Hosts, h => h.Name);
        Guests = Collect("Guests", guests, g => g.Name);
        Networks = Collect("Networks", model.Networks, n => n.Name);
        Providers = Collect("Providers", model.Providers, p => p.Name);
        Clouds = Collect("Clouds", model.Clouds, c => c.Name);
        Deployments = Collect("Deployments", model.Deployments, d => d.Name);
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
    public static TopologyNames For(TopologyModel model, ImmutableArray<GuestModel> guests) => new(model, guests);

    private static MemberNames Collect<T>(string className, ImmutableArray<T> entities, System.Func<T, Located<string>> nameOf) =>
        new(className, entities.Length, i => nameOf(entities[i]));
}
