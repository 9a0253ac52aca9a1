using System.Collections.Immutable;
using System.Linq;
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

    // The capacity and address rules, from TOPO4001 to TOPO5003: on a fleet they run on another
    // core while the rules before them run here (RulesAhead).
    private static readonly int AheadFrom = IndexOf<HostMemoryFitsRule>();
    private static readonly int AheadTo = IndexOf<AddressInNetworkRule>() + 1;

    public static void Run(TopologySemantics semantics, DiagnosticBag diagnostics)
    {
        var context = new RuleContext(semantics, diagnostics);
        var later = All[AheadFrom..AheadTo];
        var ahead = RulesAhead.Start(later, semantics, diagnostics);
        RunInTurn(All[..AheadFrom], context);
        if (ahead is null)
        {
            RunInTurn(later, context);
        }
        else
        {
            ahead.Join(context);
        }

        RunInTurn(All[AheadTo..], context);
    }

    internal static void RunInTurn(ImmutableArray<ITopologyRule> rules, RuleContext context)
    {
        foreach (var rule in rules)
        {
            rule.Check(context);
        }
    }

    private static int IndexOf<TRule>() => All.IndexOf(All.Single(rule => rule is TRule));
}
