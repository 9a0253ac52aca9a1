using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// The plan's summary. Host figures come from the same capacity computation as TOPO4001/4002,
/// so the plan and the diagnostics never disagree.
/// </summary>
internal static class PlanSummaries
{
    public static PlanSummary Of(TopologySemantics semantics, ImmutableArray<PlanStep> steps, ImmutableArray<ImmutableArray<PlanStep>> stages, IReadOnlyList<string> placeholders)
    {
        var model = semantics.Model;
        var capacities = semantics.HostCapacities;
        var hosts = model.Hosts.Select(host => capacities.For(host) is { } c
            ? new HostUsage(host.Name.Value, c.NeededVcpus, c.AvailableVcpus, c.NeededMemory, c.AvailableMemory)
            : new HostUsage(host.Name.Value, null, null, null, null)).ToImmutableArray();
        return new PlanSummary(Counts(model, steps, stages), hosts, Clouds(model), Fees(model), Setup(model), placeholders.ToImmutableArray());
    }

    private static ImmutableSortedDictionary<string, int> Counts(TopologyModel model, ImmutableArray<PlanStep> steps, ImmutableArray<ImmutableArray<PlanStep>> stages)
    {
        var guests = model.HostedGuests.Select(g => g.Guest).ToList();
        var instances = model.Deployments.SelectMany(d => d.Instances).ToList();
        return new Dictionary<string, int>
        {
            ["hosts"] = model.Hosts.Length,
            ["guests"] = guests.Count(g => g.Kind == GuestKind.Guest),
            ["domus"] = guests.Count(g => g.Kind == GuestKind.DomU),
            ["networks"] = model.Networks.Length,
            ["clouds"] = model.Clouds.Length,
            ["deployments"] = model.Deployments.Length,
            ["instances"] = instances.Sum(i => i.Count.Value),
            ["instancesAtMost"] = instances.Sum(i => i.LargestCount),
            ["steps"] = steps.Length,
            ["stages"] = stages.Length,
        }.ToImmutableSortedDictionary(System.StringComparer.Ordinal);
    }

    private static ImmutableArray<CloudUsage> Clouds(TopologyModel model) => model.Clouds.Select(cloud =>
    {
        var instances = model.Deployments.Where(d => d.Cloud?.Value == cloud.Name.Value).SelectMany(d => d.Instances).ToList();
        return new CloudUsage(
            cloud.Name.Value,
            instances.Sum(i => (long)i.LargestCount * (i.LargestVcpus ?? 0)),
            instances.Sum(i => i.LargestCount * (i.LargestMemory ?? 0)),
            instances.Sum(i => (long)i.LargestCount),
            cloud.Quota?.Vcpus,
            cloud.Quota?.Memory,
            cloud.Quota?.Instances);
    }).ToImmutableArray();

    private static ImmutableArray<ProviderFee> Fees(TopologyModel model) => model.Clouds
        .Select(cloud => cloud.Provider?.Value)
        .OfType<string>()
        .Distinct(System.StringComparer.Ordinal)
        .Select(model.FindProvider)
        .Where(provider => provider?.MonthlyFee is not null)
        .Select(provider => new ProviderFee(provider!.Name.Value, provider.MonthlyFee!.Value.Amount, provider.MonthlyFee.Value.Currency))
        .ToImmutableArray();

    /// <summary>Platforms someone has to set up: those of private clouds, which run on the topology's own hosts.</summary>
    private static ImmutableArray<SetupEffort> Setup(TopologyModel model) => model.Clouds
        .Where(cloud => !cloud.Compute.IsEmpty && cloud.Platform is not null)
        .Select(cloud => Platforms.Get(cloud.Platform!.Value.Value))
        .Distinct()
        .OrderBy(platform => platform.Name, System.StringComparer.Ordinal)
        .Select(platform => new SetupEffort(platform.Name, platform.TypicalSetupEffort))
        .ToImmutableArray();
}
