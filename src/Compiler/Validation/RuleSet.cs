using System.Collections.Immutable;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Semantics;
using TopoLang.Compiler.Validation.Capacity;
using TopoLang.Compiler.Validation.Cloud;
using TopoLang.Compiler.Validation.Cpu;
using TopoLang.Compiler.Validation.Naming;
using TopoLang.Compiler.Validation.Network;
using TopoLang.Compiler.Validation.Scaling;
using TopoLang.Compiler.Validation.Xen;

namespace TopoLang.Compiler.Validation;

/// <summary>
/// Every rule in the compiler, in code order, run over the bound model. The list is written out
/// so that a reader sees every check in one place; a test fails when a rule class is not in it.
/// </summary>
public static class RuleSet
{
    public static readonly ImmutableArray<ITopologyRule> All = ImmutableArray.Create<ITopologyRule>(
        new ScaleOutBoundsRule(),
        new IdentifierCollisionRule(),
        new KvmNeedsVirtualizationRule(),
        new ForeignCpuFlagRule(),
        new KvmNeedsSecondLevelTranslationRule(),
        new QemuWithoutAccelerationRule(),
        new GuestArchMatchesHostRule(),
        new NestedHypervisorNeedsNestingRule(),
        new XenNeedsDom0Rule(),
        new SingleDom0Rule(),
        new HardwareDomUNeedsVirtualizationRule(),
        new PvDomUNeedsPvCapableOsRule(),
        new WindowsHvmNeedsPvDriversRule(),
        new DomUDevicesNeedBackendRule(),
        new HostMemoryFitsRule(),
        new HostVcpusFitRule(),
        new GuestVcpusWithinThreadsRule(),
        new PrivateCloudInstancesFitRule(),
        new AddressSyntaxRule(),
        new NetworkOverlapRule(),
        new AddressInNetworkRule(),
        new ScalingModeOfferedRule(),
        new ServiceOfferedRule(),
        new ComputeHypervisorRule(),
        new CloudQuotaRule());

    public static void Run(TopologySemantics semantics, DiagnosticBag diagnostics)
    {
        var context = new RuleContext(semantics, diagnostics);
        var ahead = AnalysesAhead.Start(semantics);
        foreach (var rule in All)
        {
            rule.Check(context);
        }

        ahead?.GetAwaiter().GetResult();
    }
}
