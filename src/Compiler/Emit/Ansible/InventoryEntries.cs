using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// The inventory's entries: every host of the topology, reached at its name, and every cloud, an
/// entry of the control node (`ansible_connection: local`) from which its API is driven. A step
/// runs on the entry its target starts with (`kvm-01/web-1` on kvm-01, `kt-g1/storefront` on
/// kt-g1): hosts and clouds share one namespace, so the first segment names exactly one.
/// </summary>
internal sealed class InventoryEntries
{
    private readonly ImmutableHashSet<string> _clouds;

    private InventoryEntries(ImmutableArray<HostModel> hosts, ImmutableArray<CloudModel> clouds)
    {
        Hosts = hosts;
        Clouds = clouds;
        _clouds = clouds.Select(cloud => cloud.Name.Value).ToImmutableHashSet(StringComparer.Ordinal);
    }

    public ImmutableArray<HostModel> Hosts { get; }

    public ImmutableArray<CloudModel> Clouds { get; }

    public static InventoryEntries Of(TopologyModel model) => new(model.Hosts, model.Clouds);

    public bool IsCloud(string entry) => _clouds.Contains(entry);

    /// <summary>The entries that run a step of the stage, in the order of their first step.</summary>
    /// <param name="names">The document's, which every stage's steps go through.</param>
    public IReadOnlyList<string> RunnersOf(ImmutableArray<PlanStep> stage, StepRunners names)
    {
        // A stage runs on some of the entries, often all: the list and the set are made at most that big, once.
        var capacity = Math.Min(stage.Length, Hosts.Length + Clouds.Length);
        var runners = new List<string>(capacity);
        var seen = new HashSet<string>(capacity, StringComparer.Ordinal);
        string? last = null;
        foreach (var step in stage)
        {
            // The same string as the last step's is the same entry, seen already: a set is asked only when the entry changes.
            var runner = names.Of(step);
            if (!ReferenceEquals(runner, last) && seen.Add(runner))
            {
                runners.Add(runner);
            }

            last = runner;
        }

        return runners;
    }
}
