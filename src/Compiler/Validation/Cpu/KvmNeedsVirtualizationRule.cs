using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Validation.Cpu;

/// <summary>TOPO2001: a host that runs KVM needs its vendor's VT-x/AMD-V flag. Hosts only: nested hypervisors see a virtual CPU.</summary>
public sealed class KvmNeedsVirtualizationRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.KvmWithoutVirtualization.Code;

    public void Check(RuleContext context)
    {
        foreach (var host in context.Model.Hosts)
        {
            if (host is { Hypervisor: { Kind.Value: HypervisorKind.Kvm } hypervisor, Cpu: { } cpu }
                && HostCpu.MissingFlag(cpu, CpuFlagCategory.Virtualization) is { } flag)
            {
                context.Report(DiagnosticFactory.KvmWithoutVirtualization(hypervisor.Location, host.Name.Value, HostCpu.VendorWord(cpu), flag.Name, flag.Description));
            }
        }
    }
}
