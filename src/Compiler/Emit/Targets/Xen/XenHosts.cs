using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// The Xen hypervisors that run directly on a declared host. A Xen nested inside a guest is not
/// a host (docs/reference.md): its dom0 and domUs live inside that guest, where a build cannot
/// place files, so they get no artifacts (the guest's own artifact mentions them).
/// </summary>
public static class XenHosts
{
    public static IEnumerable<(HostModel Host, HypervisorModel Xen)> Of(TopologyModel model) =>
        model.Hosts
            .Where(host => host.Hypervisor is { Kind.Value: HypervisorKind.Xen })
            .Select(host => (host, host.Hypervisor!));

    public static IEnumerable<XenDomUContext> DomUs(TopologyModel model) =>
        Of(model).SelectMany(pair => DomUsOf(model, pair.Host, pair.Xen));

    /// <summary>The domUs of one Xen host, without looking at any other host.</summary>
    public static IEnumerable<XenDomUContext> DomUsOf(TopologyModel model, HostModel host, HypervisorModel xen) =>
        xen.Guests
            .Where(guest => guest.Kind == GuestKind.DomU)
            .Select(domU => new XenDomUContext(model, host, xen, domU));
}
