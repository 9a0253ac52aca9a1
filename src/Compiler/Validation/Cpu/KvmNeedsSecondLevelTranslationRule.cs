using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Validation.Cpu;

/// <summary>TOPO2003: a KVM host without EPT/NPT works, but on shadow page tables. Hosts only.</summary>
public sealed class KvmNeedsSecondLevelTranslationRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.KvmWithoutSecondLevelTranslation.Code;

    public void Check(RuleContext context)
    {
        foreach (var host in context.Model.Hosts)
        {
            if (host is { Hypervisor: { Kind.Value: HypervisorKind.Kvm } hypervisor, Cpu: { } cpu }
                && HostCpu.MissingFlag(cpu, CpuFlagCategory.SecondLevelTranslation) is { } flag)
            {
                context.Report(DiagnosticFactory.KvmWithoutSecondLevelTranslation(hypervisor.Location, host.Name.Value, HostCpu.VendorWord(cpu), flag.Name, flag.Description));
            }
        }
    }
}
