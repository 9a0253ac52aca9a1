using System.Collections.Generic;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Validation.Xen;

/// <summary>
/// TOPO3006: a domU's nics need a `net` backend and its disks a `block` backend in its backend
/// domain: dom0, or the driver domain its `backend` names. A driver domain of another Xen cannot
/// serve it either. Skipped when the backend domain is missing (TOPO3001) or the reference is
/// in error (TOPO1003).
/// </summary>
public sealed class DomUDevicesNeedBackendRule : ITopologyRule
{
    private const XenBackend NetBackend = XenBackend.Net;
    private const XenBackend BlockBackend = XenBackend.Block;

    public string Code => DiagnosticCatalog.MissingBackend.Code;

    public void Check(RuleContext context)
    {
        var xens = context.Semantics.XenSites;
        var driverDomains = context.Semantics.DriverDomains;
        foreach (var site in xens)
        {
            foreach (var domU in site.Hypervisor.Guests)
            {
                CheckDomU(context, site, domU, driverDomains);
            }
        }
    }

    private static void CheckDomU(RuleContext context, HypervisorSite site, GuestModel domU, DriverDomainIndex driverDomains)
    {
        if (domU.NicList.IsEmpty && domU.DiskList.IsEmpty)
        {
            return;
        }

        if (domU.Backend is not { } backend)
        {
            if (site.Hypervisor.Dom0 is { } dom0)
            {
                CheckDevices(context, domU, dom0);
            }
        }
        else if (driverDomains.TryFind(backend.Value, out var owner, out var domain))
        {
            if (ReferenceEquals(owner.Hypervisor, site.Hypervisor))
            {
                CheckDevices(context, domU, domain);
            }
            else
            {
                ReportForeign(context, domU, owner, domain);
            }
        }
    }

    private static void CheckDevices(RuleContext context, GuestModel domU, XenDomainModel domain)
    {
        if (domain.BackendsInError)
        {
            return;
        }

        if (!domain.Serves(NetBackend))
        {
            foreach (var nic in domU.NicList)
            {
                Report(context, nic.Location, DeviceText.Nic(nic), domU, domain, $"{DomainText(domain)} does not list '{ModelWords.ToWord(NetBackend)}' in its backends");
            }
        }

        if (!domain.Serves(BlockBackend))
        {
            foreach (var disk in domU.DiskList)
            {
                Report(context, disk.Location, DeviceText.Disk(disk), domU, domain, $"{DomainText(domain)} does not list '{ModelWords.ToWord(BlockBackend)}' in its backends");
            }
        }
    }

    // Xen's backends reach only the domUs of the same Xen: event channels and grant tables do
    // not cross machines, so a driver domain elsewhere serves none of this domU's devices.
    private static void ReportForeign(RuleContext context, GuestModel domU, HypervisorSite owner, XenDomainModel domain)
    {
        var reason = $"{DomainText(domain)} runs under the Xen of {owner.Describe()} and serves only that Xen's domUs";
        foreach (var nic in domU.NicList)
        {
            Report(context, nic.Location, DeviceText.Nic(nic), domU, domain, reason);
        }

        foreach (var disk in domU.DiskList)
        {
            Report(context, disk.Location, DeviceText.Disk(disk), domU, domain, reason);
        }
    }

    private static void Report(RuleContext context, SourceLocation device, string deviceText, GuestModel domU, XenDomainModel domain, string reason) =>
        context.Report(DiagnosticFactory.MissingBackend(device, deviceText, domU.Name.Value, reason)
            .WithRelated(new RelatedLocation(domain.Location, $"{DomainText(domain)} is declared here")));

    private static string DomainText(XenDomainModel domain) => domain.IsDom0 ? "dom0" : $"driver domain '{domain.Name}'";
}
