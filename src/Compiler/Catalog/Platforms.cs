using System.Collections.Immutable;
using System.Linq;

namespace TopoLang.Compiler.Catalog;

/// <summary>The platforms of docs/language.md, "What a topology describes" and §4, as data.</summary>
public static class Platforms
{
    /// <summary>OpenStack Nova's initial ratios since release 27.0: cpu 4.0, ram 1.0.</summary>
    public static readonly PlatformInfo OpenStack = new(
        CloudPlatform.OpenStack,
        "openstack",
        ImmutableArray.Create(HypervisorKind.Kvm, HypervisorKind.Qemu, HypervisorKind.Xen),
        DefaultCpuAllocationRatio: 4.0m,
        DefaultRamAllocationRatio: 1.0m,
        RequiresOneHypervisorKind: false,
        TypicalSetupEffort: "1-3 days");

    /// <summary>CloudStack's cpu/mem.overprovisioning.factor default to 1.0; a cluster runs one hypervisor kind.</summary>
    public static readonly PlatformInfo CloudStack = new(
        CloudPlatform.CloudStack,
        "cloudstack",
        ImmutableArray.Create(HypervisorKind.Kvm, HypervisorKind.Xen),
        DefaultCpuAllocationRatio: 1.0m,
        DefaultRamAllocationRatio: 1.0m,
        RequiresOneHypervisorKind: true,
        TypicalSetupEffort: "about 2 hours");

    public static readonly ImmutableArray<PlatformInfo> All = ImmutableArray.Create(OpenStack, CloudStack);

    public static PlatformInfo Get(CloudPlatform platform) => All.First(p => p.Platform == platform);

    /// <summary>The ratios for a host that is in no CloudStack cloud and writes none (§4).</summary>
    public const decimal StandaloneCpuAllocationRatio = 4.0m;

    public const decimal StandaloneRamAllocationRatio = 1.0m;
}
