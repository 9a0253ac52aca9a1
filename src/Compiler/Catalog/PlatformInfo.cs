using System.Collections.Immutable;

namespace TopoLang.Compiler.Catalog;

/// <summary>
/// What an IaaS platform supports and assumes: the compute hypervisors it can drive, the
/// overcommit ratios it applies by default, and how long setting one up typically takes.
/// </summary>
public sealed record PlatformInfo(
    CloudPlatform Platform,
    string Name,
    ImmutableArray<HypervisorKind> ComputeHypervisors,
    decimal DefaultCpuAllocationRatio,
    decimal DefaultRamAllocationRatio,
    bool RequiresOneHypervisorKind,
    string TypicalSetupEffort);
