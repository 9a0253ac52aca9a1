using System.Collections.Generic;
using System.Runtime.CompilerServices;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Capacity;

/// <summary>
/// The capacity of every host of a model, computed once in one pass over the hosts and their
/// guests, so that the four capacity rules together stay linear in the number of guests.
/// </summary>
internal sealed class HostCapacities
{
    // Keyed by the model itself: rules are shared singletons, and a model dropped by its
    // compilation takes its capacities with it.
    private static readonly ConditionalWeakTable<TopologyModel, HostCapacities> Cache = new();

    private readonly Dictionary<HostModel, HostCapacity> _byHost = new(ReferenceEqualityComparer.Instance);

    private HostCapacities(TopologyModel model)
    {
        var resolver = new Ratios.Resolver(model);
        foreach (var host in model.Hosts)
        {
            if (HostCapacity.Compute(host, resolver) is { } capacity)
            {
                _byHost.Add(host, capacity);
                All.Add(capacity);
            }
        }
    }

    /// <summary>The hosts whose capacity is known, in source order.</summary>
    public List<HostCapacity> All { get; } = new();

    public static HostCapacities Of(TopologyModel model) => Cache.GetValue(model, m => new HostCapacities(m));

    /// <summary>The host's capacity, or null when it cannot be computed (missing or in error).</summary>
    public HostCapacity? For(HostModel host) => _byHost.GetValueOrDefault(host);
}
