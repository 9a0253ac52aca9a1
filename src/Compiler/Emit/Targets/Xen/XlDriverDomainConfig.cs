using System.Linq;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// The xl.cfg of a driver domain (xl.cfg(5) `driver_domain`; Xen's wiki, "Driver Domain"): a PV
/// domain that runs the backends it serves for the domUs that name it, started before them. It
/// boots a kernel from dom0, as a domU without disks does; the device it drives is the
/// operator's to pass through (`pci = [...]`), since the topology does not name the host's PCI slots.
/// </summary>
public static class XlDriverDomainConfig
{
    public static void Write(XlConfigText text, TopologyModel topology, HostModel host, HypervisorModel xen, XenDomainModel domain)
    {
        var version = xen.Version is { } v ? "Xen " + XlString.Quote(v) : "Xen";
        text.Comment($"driver domain {domain.Name} on host {host.Name.Value} ({version}), topology {XlString.Quote(topology.Name)}.");
        text.Comment($"Written by topo build from the .topo file: edit that, not this. Start with: xl create {domain.Name}.cfg");
        text.Comment($"Serves the {string.Join(" and ", domain.Backends.Select(backend => ModelWords.ToWord(backend)))} backends of the domUs whose `backend` names it: start it before them.");
        text.Comment("Pass the device it drives through to it: pci = [ \"BDF\" ] (xl pci-assignable-add BDF first); the bridges its domUs join live inside it.");
        text.Blank();
        text.Set("name", domain.Name);
        text.Set("type", "pv");
        text.Set("driver_domain", 1);
        XlDomUConfig.MemoryAndVcpus(text, domain.Memory?.Value, domain.Vcpus?.Value);
        text.Blank();
        XlBoot.WriteKernel(text, domain.Name, OsFamily.Linux);
        text.Blank();
        XlDomUConfig.Lifecycle(text);
    }
}
