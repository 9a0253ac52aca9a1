using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Xml;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// The libvirt domain XML of one KVM/QEMU guest (`virsh define`), in the element order of
/// libvirt's own `virsh dumpxml`. What libvirt has no element for goes into the metadata.
/// </summary>
internal static class DomainXml
{
    public static void Write(GuestPlacement guest, IBufferWriter<byte> output) => LibvirtDocuments.OfThisThread.Write(
        guest, $"Guest {guest.Name} on host {guest.Host.Name.Value}, written by topo build. Define it with: virsh define {guest.Name}.xml", Domain, output);

    private static void Domain(XmlWriter writer, GuestPlacement guest)
    {
        writer.WriteStartElement("domain");
        writer.WriteAttributeString("type", guest.DomainType);
        writer.WriteElementString("name", guest.Name);
        DomainMetadata.Write(writer, guest);
        Lifecycle(writer, guest);
        Memory(writer, "memory", guest.Guest.Memory?.Value);
        Memory(writer, "currentMemory", guest.Guest.Memory?.Value);
        Vcpus(writer, guest.Guest.Vcpus?.Value);
        Os(writer, guest);
        Features(writer, guest);
        Cpu(writer, CpuChoice.For(guest));
        Element(writer, "clock", "offset", guest.IsWindows ? "localtime" : "utc");
        DomainDevices.Write(writer, guest);
        writer.WriteEndElement();
    }

    // Neither autostart nor a nested hypervisor's guests are part of a domain definition.
    private static void Lifecycle(XmlWriter writer, GuestPlacement guest)
    {
        if (guest.Guest.Autostart)
        {
            LibvirtXml.Comment(writer, $"autostart true: libvirt keeps autostart outside the domain XML; the plan runs: virsh autostart {guest.Name}");
        }

        if (guest.Guest.NestedHypervisor is { } nested)
        {
            var names = nested.Guests.Select(g => g.Name.Value).ToList();
            var list = names.Count == 0 ? "none declared" : string.Join(", ", names);
            LibvirtXml.Comment(writer, $"This guest runs its own {ModelWords.ToWord(nested.Kind.Value)} hypervisor. Its guests ({list}) run inside it, not on host {guest.Host.Name.Value}, so no domain XML is written for them here.");
        }
    }

    /// <summary>KiB when the size is a whole number of KiB (libvirt's own unit), else exact bytes.</summary>
    private static void Memory(XmlWriter writer, string name, long? bytes)
    {
        if (bytes is not { } value)
        {
            return;
        }

        var inKib = value % 1024 == 0;
        writer.WriteStartElement(name);
        writer.WriteAttributeString("unit", inKib ? "KiB" : "bytes");
        writer.WriteString(Number(inKib ? value / 1024 : value));
        writer.WriteEndElement();
    }

    private static void Vcpus(XmlWriter writer, int? vcpus)
    {
        if (vcpus is not { } count)
        {
            return;
        }

        writer.WriteStartElement("vcpu");
        writer.WriteAttributeString("placement", "static");
        writer.WriteString(Number(count));
        writer.WriteEndElement();
    }

    // aarch64's virt machine has no BIOS: it boots UEFI (libvirt picks the installed firmware).
    private static void Os(XmlWriter writer, GuestPlacement guest)
    {
        writer.WriteStartElement("os");
        if (guest.Arch == Architecture.Aarch64)
        {
            writer.WriteAttributeString("firmware", "efi");
        }

        writer.WriteStartElement("type");
        writer.WriteAttributeString("arch", guest.ArchName);
        writer.WriteAttributeString("machine", guest.Machine);
        writer.WriteString("hvm");
        writer.WriteEndElement();
        Element(writer, "boot", "dev", "hd");
        writer.WriteEndElement();
    }

    // ACPI for a clean shutdown (virsh shutdown); the APIC exists on x86 only.
    private static void Features(XmlWriter writer, GuestPlacement guest)
    {
        writer.WriteStartElement("features");
        writer.WriteElementString("acpi", string.Empty);
        if (guest.Arch == Architecture.X86_64)
        {
            writer.WriteElementString("apic", string.Empty);
        }

        writer.WriteEndElement();
    }

    private static void Cpu(XmlWriter writer, CpuChoice cpu)
    {
        if (cpu.Note is { } note)
        {
            LibvirtXml.FixedComment(writer, note);
        }

        if (cpu.Mode is not { } mode)
        {
            return;
        }

        writer.WriteStartElement("cpu");
        writer.WriteAttributeString("mode", mode);
        if (cpu.Model is { } model)
        {
            writer.WriteAttributeString("match", "exact");
            writer.WriteStartElement("model");
            writer.WriteAttributeString("fallback", "allow");
            writer.WriteString(model);
            writer.WriteEndElement();
        }

        if (cpu.RequiredFeature is { } feature)
        {
            writer.WriteStartElement("feature");
            writer.WriteAttributeString("policy", "require");
            writer.WriteAttributeString("name", feature);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    internal static void Element(XmlWriter writer, string name, string attribute, string value)
    {
        writer.WriteStartElement(name);
        writer.WriteAttributeString(attribute, value);
        writer.WriteEndElement();
    }

    internal static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
