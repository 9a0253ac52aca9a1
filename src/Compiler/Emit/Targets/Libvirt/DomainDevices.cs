using System.Linq;
using System.Xml;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>The `&lt;devices&gt;` of a domain: file disks, network interfaces, a serial console.</summary>
internal static class DomainDevices
{
    public static void Write(XmlWriter writer, GuestPlacement guest)
    {
        writer.WriteStartElement("devices");
        foreach (var disk in guest.Disks)
        {
            Disk(writer, guest, disk);
        }

        ScsiController(writer, guest);
        if (DomainMetadata.HasAddresses(guest))
        {
            LibvirtXml.FixedComment(writer, "Static addresses are in the metadata: QEMU does not take <ip> on a network interface.");
        }

        foreach (var nic in guest.Nics)
        {
            Interface(writer, nic);
        }

        Console(writer);
        writer.WriteEndElement();
    }

    private static void Disk(XmlWriter writer, GuestPlacement guest, DiskPlan disk)
    {
        if (disk.Note is { } note)
        {
            LibvirtXml.FixedComment(writer, note);
        }

        writer.WriteStartElement("disk");
        writer.WriteAttributeString("type", "file");
        writer.WriteAttributeString("device", "disk");
        writer.WriteStartElement("driver");
        writer.WriteAttributeString("name", "qemu");
        writer.WriteAttributeString("type", disk.Format);
        writer.WriteEndElement();
        DomainXml.Element(writer, "source", "file", disk.ImagePath(guest.Guest));
        writer.WriteStartElement("target");
        writer.WriteAttributeString("dev", disk.Target);
        writer.WriteAttributeString("bus", disk.Bus);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    // Without a model libvirt picks lsilogic, which many QEMU builds leave out; virtio-scsi is everywhere.
    private static void ScsiController(XmlWriter writer, GuestPlacement guest)
    {
        if (!guest.Disks.Any(d => d.Bus == "scsi"))
        {
            return;
        }

        writer.WriteStartElement("controller");
        writer.WriteAttributeString("type", "scsi");
        writer.WriteAttributeString("index", "0");
        writer.WriteAttributeString("model", "virtio-scsi");
        writer.WriteEndElement();
    }

    private static void Interface(XmlWriter writer, NicPlan nic)
    {
        if (nic.Note is { } note)
        {
            LibvirtXml.FixedComment(writer, note);
        }

        writer.WriteStartElement("interface");
        writer.WriteAttributeString("type", "network");
        DomainXml.Element(writer, "source", "network", nic.Network);
        DomainXml.Element(writer, "model", "type", nic.Model);
        writer.WriteEndElement();
    }

    // A server has no display: `virsh console` reaches it over the first serial port.
    private static void Console(XmlWriter writer)
    {
        writer.WriteStartElement("serial");
        writer.WriteAttributeString("type", "pty");
        DomainXml.Element(writer, "target", "port", "0");
        writer.WriteEndElement();
        writer.WriteStartElement("console");
        writer.WriteAttributeString("type", "pty");
        writer.WriteStartElement("target");
        writer.WriteAttributeString("type", "serial");
        writer.WriteAttributeString("port", "0");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
