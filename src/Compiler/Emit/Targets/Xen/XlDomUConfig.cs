using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Model;
using Size = TopoLang.Runtime.Size;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// The xl.cfg of one domU (xl.cfg(5)): name, type, memory, vcpus, how it boots, its disks and
/// NICs, HVM options and what to do when it stops. What xl.cfg cannot say (autostart, nested
/// guests, image sizes) is said in comments.
/// </summary>
public static class XlDomUConfig
{
    public static void Write(XlConfigText text, XenDomUContext domU)
    {
        Header(text, domU);
        text.Blank();
        Identity(text, domU);
        text.Blank();
        XlBoot.Write(text, domU);
        HardwareVirtualization(text, domU);
        Disks(text, domU);
        Nics(text, domU);
        text.Blank();
        Lifecycle(text);
    }

    private static void Header(XlConfigText text, XenDomUContext domU)
    {
        var version = domU.Hypervisor.Version;
        text.Comment($"domU {domU.Name} on host {domU.Host.Name.Value} (Xen{(version is null ? null : " ")}{new XlQuoted(version)}), topology {new XlQuoted(domU.Topology.Name)}.");
        text.Comment($"Written by topo build from the .topo file: edit that, not this. Start with: xl create {domU.Name}.cfg");
        var distro = domU.DomU.Distro;
        text.Comment($"os: {(domU.Os is { } os ? ModelWords.ToWord(os) : "unknown")}{(distro is null ? null : " ")}{new XlQuoted(distro)}");
        text.Comment(domU.DomU.Autostart
            ? "autostart: yes. xl.cfg has no key for it: the deployment plan handles it (xendomains starts, at boot, the configs linked into /etc/xen/auto/)."
            : "autostart: no.");
    }

    private static void Identity(XlConfigText text, XenDomUContext domU)
    {
        text.Set("name", domU.Name);
        text.Set("type", ModelWords.ToWord(domU.Mode));
        MemoryAndVcpus(text, domU.DomU.Memory?.Value, domU.DomU.Vcpus?.Value);
    }

    /// <summary>`memory` (MiB, rounded up, with a comment when it is) and `vcpus`, of a domU or a driver domain.</summary>
    internal static void MemoryAndVcpus(XlConfigText text, long? memory, int? vcpus)
    {
        if (memory is { } bytes)
        {
            if (!XenMebibytes.IsWhole(bytes))
            {
                text.Comment($"memory {Size.FromBytes(bytes)} is not a whole number of MiB, which xl takes: rounded up.");
            }

            text.Set("memory", XenMebibytes.RoundUp(bytes));
        }

        if (vcpus is { } count)
        {
            text.Set("vcpus", count);
        }
    }

    /// <summary>xen_platform_pci and viridian for HVM; nestedhvm where the domU runs a hypervisor.</summary>
    private static void HardwareVirtualization(XlConfigText text, XenDomUContext domU)
    {
        if (domU.Mode == DomUMode.Hvm && domU.DomU.PvDrivers?.Value == true)
        {
            text.Comment("PV drivers: the Xen platform PCI device lets them take over disks and NICs.");
            text.Set("xen_platform_pci", 1);
        }

        if (domU.Mode == DomUMode.Hvm && domU.Os == OsFamily.Windows)
        {
            text.Comment("Hyper-V enlightenments, recommended by xl.cfg(5) for Windows guests.");
            text.Set("viridian", 1);
        }

        if (domU.DomU.NestedHypervisor is not { } nested)
        {
            return;
        }

        text.Comment(NestedGuestsText(nested));
        if (domU.Mode == DomUMode.Pv)
        {
            text.Comment("A PV domU has no access to VT-x/AMD-V, and nestedhvm applies to HVM and PVH only: not set.");
        }
        else
        {
            text.Set("nestedhvm", 1);
        }
    }

    private static string NestedGuestsText(HypervisorModel nested)
    {
        var kind = ModelWords.ToWord(nested.Kind.Value);
        var guests = nested.Guests.Select(g => g.Name.Value).ToList();
        return guests.Count == 0
            ? $"Runs a nested {kind} hypervisor."
            : $"Runs a nested {kind} hypervisor with {string.Join(", ", guests)}: their configurations belong inside this domU and are not written here.";
    }

    private static void Disks(XlConfigText text, XenDomUContext domU)
    {
        var disks = domU.DomU.DiskList;
        if (disks.IsEmpty)
        {
            return;
        }

        text.Blank();
        text.Comment("Create each image before xl create (xl does not):");
        for (var i = 0; i < disks.Length; i++)
        {
            var disk = disks[i];
            text.Comment($"  {XlDiskSpecs.VirtualDevice(i)}: disk {disk.Name.Value}, {(disk.Size is { } bytes ? Size.FromBytes(bytes.Value).ToString() : "size not declared")}, {XlDiskSpecs.Format(disk)}");
        }

        BackendComment(text, domU, XenBackend.Block);
        XlDiskSpecs.Write(text, domU);
    }

    private static void Nics(XlConfigText text, XenDomUContext domU)
    {
        if (domU.DomU.NicList.IsEmpty)
        {
            return;
        }

        text.Blank();
        BackendComment(text, domU, XenBackend.Net);
        if (domU.Mode != DomUMode.Hvm)
        {
            foreach (var nic in domU.DomU.NicList)
            {
                if (XlVifSpecs.IgnoresModel(nic))
                {
                    text.Comment($"nic {nic.Network.Value}: model {ModelWords.ToWord(nic.DeviceModel!.Value)} is for HVM; a {ModelWords.ToWord(domU.Mode)} domU's NICs are netfront.");
                }
            }
        }

        XlVifSpecs.Write(text, domU);
    }

    private static void BackendComment(XlConfigText text, XenDomUContext domU, XenBackend backend)
    {
        if (domU.DriverDomainServing(backend) is { } driverDomain)
        {
            text.Comment($"Served by driver domain {driverDomain}, which must be running before this domU starts.");
        }
    }

    /// <summary>Restart after a crash: these are servers. Poweroff and reboot keep xl's defaults, written out.</summary>
    internal static void Lifecycle(XlConfigText text)
    {
        text.Set("on_poweroff", "destroy");
        text.Set("on_reboot", "restart");
        text.Set("on_crash", "restart");
    }
}
