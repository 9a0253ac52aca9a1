using System.Collections.Generic;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// `hosts/&lt;host&gt;/&lt;guest&gt;.xml`: a libvirt domain per KVM or QEMU guest placed directly on
/// a host (docs/language.md, "What `topo build` writes"). Xen domUs are xl.cfg, not libvirt XML; a nested hypervisor's guests
/// run inside a guest, which this host's libvirt does not manage (the outer guest's file says so).
/// </summary>
public sealed class LibvirtDomainWriter : IArtifactWriter
{
    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics)
    {
        var model = semantics.Model;
        foreach (var host in model.Hosts)
        {
            if (host.Hypervisor is not { Kind.Value: HypervisorKind.Kvm or HypervisorKind.Qemu } hypervisor)
            {
                continue;
            }

            foreach (var guest in hypervisor.Guests)
            {
                if (guest.Kind == GuestKind.Guest)
                {
                    var placement = new GuestPlacement(semantics, host, hypervisor, guest);
                    yield return GeneratedFile.WrittenBy(ArtifactPaths.LibvirtDomain(host.Name.Value, guest.Name.Value), placement.WriteDomainXml);
                }
            }
        }
    }
}
