using System.Collections.Immutable;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>What a plan deploys, what it uses against what is there, what it costs and what an operator must fill in.</summary>
public sealed record PlanSummary(
    ImmutableSortedDictionary<string, int> Counts,
    ImmutableArray<HostUsage> Hosts,
    ImmutableArray<CloudUsage> Clouds,
    ImmutableArray<ProviderFee> MonthlyFees,
    ImmutableArray<SetupEffort> SetupEffort,
    ImmutableArray<string> Placeholders);

/// <summary>A host's vCPUs and memory (bytes) needed by its guests against what it has (docs/reference.md); null when unknown.</summary>
public sealed record HostUsage(string Host, decimal? VcpusNeeded, decimal? VcpusAvailable, decimal? MemoryNeeded, decimal? MemoryAvailable);

/// <summary>A cloud's use by its deployments at their largest shape, against its quota (null: no quota).</summary>
public sealed record CloudUsage(string Cloud, long Vcpus, long Memory, long Instances, int? VcpusQuota, long? MemoryQuota, int? InstancesQuota);

/// <summary>The monthly fee of a provider that a cloud uses.</summary>
public sealed record ProviderFee(string Provider, decimal Amount, string Currency);

/// <summary>How long setting up a platform typically takes (catalog data).</summary>
public sealed record SetupEffort(string Platform, string Typical);
