using System.Linq;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Cpu;

/// <summary>
/// TOPO2004: a host that runs QEMU alone emulates its guests, where emulation is a choice: the
/// host has a guest of its own architecture, which an accelerator could run, or no guest yet.
/// A host whose every guest is of another architecture has no other way to run them, so it is
/// not reported. Nested hypervisors cannot be QEMU (the schema takes kvm or xen there).
/// </summary>
public sealed class QemuWithoutAccelerationRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.QemuWithoutAcceleration.Code;

    public void Check(RuleContext context)
    {
        foreach (var host in context.Model.Hosts)
        {
            // A null accelerator was written wrong and is already reported.
            if (host.Hypervisor is { Kind.Value: HypervisorKind.Qemu, Accelerator: { } accelerator } hypervisor
                && Hypervisors.EmulatingAccelerators.Contains(accelerator)
                && !EmulationIsTheOnlyWay(host, hypervisor))
            {
                context.Report(DiagnosticFactory.QemuWithoutAcceleration(hypervisor.Location, host.Name.Value, accelerator));
            }
        }
    }

    /// <summary>
    /// Every guest has a written arch other than the host's. A host arch in error is only a
    /// stand-in, so nothing is known to be foreign there and the warning stays.
    /// </summary>
    private static bool EmulationIsTheOnlyWay(HostModel host, HypervisorModel hypervisor) =>
        !host.Arch.InError
        && hypervisor.Guests.Length > 0
        && hypervisor.Guests.All(guest => guest.Arch is { } arch && arch.Value != host.Arch.Value);
}
