using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Validation.Cpu;

/// <summary>TOPO2004: a host that runs QEMU alone emulates its guests. Nested hypervisors cannot be QEMU (the schema takes kvm or xen there).</summary>
public sealed class QemuWithoutAccelerationRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.QemuWithoutAcceleration.Code;

    public void Check(RuleContext context)
    {
        foreach (var host in context.Model.Hosts)
        {
            // A null accelerator was written wrong and is already reported.
            if (host.Hypervisor is { Kind.Value: HypervisorKind.Qemu, Accelerator: { } accelerator } hypervisor
                && Hypervisors.EmulatingAccelerators.Contains(accelerator))
            {
                context.Report(DiagnosticFactory.QemuWithoutAcceleration(hypervisor.Location, host.Name.Value, accelerator));
            }
        }
    }
}
