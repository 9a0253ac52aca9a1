using System.Linq;
using System.Xml;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// The topology's facts about a guest that libvirt's domain XML cannot hold. Static addresses
/// above all: libvirt's schema has `&lt;ip&gt;` inside `&lt;interface&gt;`, but the QEMU driver
/// refuses it on a network interface ("guest-side IP ... not supported by QEMU"), so the guest
/// configures them itself (cloud-init, the installer) from here.
/// </summary>
internal static class DomainMetadata
{
    public static void Write(XmlWriter writer, GuestPlacement guest)
    {
        writer.WriteStartElement("metadata");
        TopoMetadata.Start(writer, "guest");
        Attribute(writer, "topology", guest.Topology.Name);
        Attribute(writer, "host", guest.Host.Name.Value);
        Attribute(writer, "os", guest.Guest.Os is { } os ? ModelWords.ToWord(os.Value) : null);
        Attribute(writer, "distro", guest.Guest.Distro);
        Attribute(writer, "autostart", guest.Guest.Autostart ? "true" : "false");
        foreach (var disk in guest.Disks)
        {
            Disk(writer, disk);
        }

        foreach (var nic in guest.Nics)
        {
            Nic(writer, nic);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Disk(XmlWriter writer, DiskPlan disk)
    {
        writer.WriteStartElement(TopoMetadata.Prefix, "disk", TopoMetadata.Uri);
        Attribute(writer, "name", disk.Name);
        Attribute(writer, "target", disk.Target);
        Attribute(writer, "bytes", disk.Disk.Size is { } size ? DomainXml.Number(size.Value) : null);
        writer.WriteEndElement();
    }

    // One per interface, in the same order.
    private static void Nic(XmlWriter writer, NicPlan nic)
    {
        writer.WriteStartElement(TopoMetadata.Prefix, "nic", TopoMetadata.Uri);
        Attribute(writer, "network", nic.Network);
        Attribute(writer, "ip", nic.Address);
        Attribute(writer, "prefix", nic.Address is null || nic.Prefix is not { } prefix ? null : DomainXml.Number(prefix));
        Attribute(writer, "gateway", nic.Address is null ? null : nic.Gateway?.ToString());
        writer.WriteEndElement();
    }

    private static void Attribute(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            LibvirtXml.Attribute(writer, name, value);
        }
    }

    internal static bool HasAddresses(GuestPlacement guest) => guest.Nics.Any(n => n.Address is not null);
}
