using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Validation.Cpu;

namespace TopoLang.Compiler.Validation.Xen;

/// <summary>
/// TOPO3003: HVM and PVH domUs need VT-x/AMD-V. Only on hosts: a nested Xen sees a virtual CPU,
/// whose VT-x/AMD-V comes from `nested true` below it (TOPO2006).
/// </summary>
public sealed class HardwareDomUNeedsVirtualizationRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.HardwareDomUWithoutVirtualization.Code;

    public void Check(RuleContext context)
    {
        foreach (var host in context.Model.Hosts)
        {
            if (host is { Hypervisor: { Kind.Value: HypervisorKind.Xen } xen, Cpu: { } cpu }
                && HostCpu.MissingFlag(cpu, CpuFlagCategory.Virtualization) is { } flag)
            {
                CheckDomUs(context, host, xen, flag);
            }
        }
    }

    private static void CheckDomUs(RuleContext context, HostModel host, HypervisorModel xen, CpuFlag flag)
    {
        foreach (var domU in xen.Guests)
        {
            if (domU.Mode is { } mode && Hypervisors.For(mode.Value).NeedsHardwareVirtualization)
            {
                context.Report(DiagnosticFactory.HardwareDomUWithoutVirtualization(mode.EntryLocation, domU.Name.Value, ModelWords.ToWord(mode.Value), flag.Name, flag.Description, host.Name.Value));
            }
        }
    }
}
