using System.Collections.Generic;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Capacity;

/// <summary>
/// The capacity of every host of a model, computed once in one pass over the hosts and their
/// guests, so that the four capacity rules together stay linear in the number of guests.
/// </summary>
public sealed class HostCapacities
{
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

    /// <summary>Computes every host's capacity; <see cref="TopologySemantics.HostCapacities"/> keeps the answer.</summary>
    public static HostCapacities Compute(TopologyModel model) => new(model);

    /// <summary>The host's capacity, or null when it cannot be computed (missing or in error).</summary>
    public HostCapacity? For(HostModel host) => _byHost.GetValueOrDefault(host);
}
