using System.Collections.Immutable;
using System.Linq;
using System.Xml;
using TopoLang.Compiler.Emit;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>What the domain XML says for each case of <see cref="EdgeTopology"/>, and that libvirt takes it.</summary>
public sealed class LibvirtDomainTests
{
    private static readonly ImmutableArray<GeneratedFile> Files = LibvirtArtifacts.Write(LibvirtArtifacts.SemanticsOfSource(EdgeTopology.Source, "edge.topo"));

    [Fact]
    public void Only_guests_placed_on_a_kvm_or_qemu_host_get_a_file()
    {
        var domains = Files.Select(f => f.RelativePath).Where(p => p.StartsWith("hosts/", System.StringComparison.Ordinal));

        Assert.Equal(
            new[]
            {
                "hosts/amd-kvm/epyc.xml", "hosts/arm-kvm/arm.xml", "hosts/intel-kvm/custom-nested.xml", "hosts/intel-kvm/default-nested.xml",
                "hosts/intel-kvm/odd-memory.xml", "hosts/intel-kvm/win.xml", "hosts/tcg/arm-emu.xml", "hosts/tcg/pass.xml", "hosts/tcg/plain.xml",
                "hosts/tcg/x86-custom.xml",
            },
            domains);
    }

    [Fact]
    public void A_guest_that_runs_a_hypervisor_says_its_guests_live_inside_it()
    {
        var text = LibvirtArtifacts.File(Files, "hosts/intel-kvm/custom-nested.xml").Text;

        Assert.Contains("Its guests (deep) run inside it, not on host intel-kvm", text);
        Assert.Contains("Its guests (none declared)", LibvirtArtifacts.File(Files, "hosts/intel-kvm/default-nested.xml").Text);
    }

    [Fact]
    public void Memory_is_in_KiB_when_whole_and_in_exact_bytes_otherwise()
    {
        Assert.Equal(("bytes", "1000000000"), Memory("hosts/intel-kvm/odd-memory.xml", "memory"));
        Assert.Equal(("bytes", "1000000000"), Memory("hosts/intel-kvm/odd-memory.xml", "currentMemory"));
        Assert.Equal(("KiB", "4194304"), Memory("hosts/intel-kvm/win.xml", "memory"));
    }

    [Fact]
    public void Disks_get_targets_per_bus_and_an_ide_disk_asks_for_the_pc_machine()
    {
        var domain = Domain("hosts/intel-kvm/odd-memory.xml");

        var disks = domain.SelectNodes("/domain/devices/disk")!.Cast<XmlElement>()
            .Select(d => $"{Attr(d, "target", "dev")} {Attr(d, "target", "bus")} {Attr(d, "driver", "type")} {Attr(d, "source", "file")}");
        Assert.Equal(
            new[]
            {
                "hda ide qcow2 /var/lib/libvirt/images/odd-memory-a.qcow2",
                "sda scsi qcow2 /var/lib/libvirt/images/odd-memory-b.qcow2",
                "sdb sata raw /var/lib/libvirt/images/odd-memory-c.raw",
                "vda virtio qcow2 /var/lib/libvirt/images/odd-memory-d.qcow2",
                "vdb virtio raw /var/lib/libvirt/images/odd-memory-e.raw",
            },
            disks);
        Assert.Equal("pc", Attr(domain.DocumentElement!, "os/type", "machine"));
        Assert.Equal("virtio-scsi", Attr(domain.DocumentElement!, "devices/controller[@type='scsi']", "model"));
        Assert.Equal("q35", Attr(Domain("hosts/intel-kvm/win.xml").DocumentElement!, "os/type", "machine"));
    }

    [Fact]
    public void Netfront_becomes_virtio_and_says_why()
    {
        var domain = Domain("hosts/intel-kvm/odd-memory.xml");

        var models = domain.SelectNodes("/domain/devices/interface/model/@type")!.Cast<XmlAttribute>().Select(a => a.Value);
        Assert.Equal(new[] { "virtio", "e1000" }, models);
        Assert.Contains("model netfront is Xen's paravirtual nic", domain.OuterXml);
        Assert.Equal(new[] { "lan", "lan" }, domain.SelectNodes("/domain/devices/interface/source/@network")!.Cast<XmlAttribute>().Select(a => a.Value));
    }

    [Fact]
    public void A_static_address_is_metadata_never_an_interface_ip()
    {
        var domain = Domain("hosts/intel-kvm/win.xml");
        var nic = (XmlElement)domain.SelectSingleNode("/domain/metadata/topo:guest/topo:nic", LibvirtArtifacts.Namespaces(domain))!;

        Assert.Equal(("nat6", "fd00:7::10", "64", "fd00:7::1"), (nic.GetAttribute("network"), nic.GetAttribute("ip"), nic.GetAttribute("prefix"), nic.GetAttribute("gateway")));
        Assert.Empty(domain.SelectNodes("/domain/devices/interface/ip")!);
    }

    [Theory]
    [InlineData("hosts/intel-kvm/custom-nested.xml", "kvm", "custom", "Skylake-Server-noTSX-IBRS", "vmx")]
    [InlineData("hosts/intel-kvm/default-nested.xml", "kvm", "host-passthrough", "", "")]
    [InlineData("hosts/intel-kvm/odd-memory.xml", "kvm", "host-model", "", "")]
    [InlineData("hosts/amd-kvm/epyc.xml", "kvm", "custom", "EPYC", "")]
    [InlineData("hosts/arm-kvm/arm.xml", "kvm", "host-passthrough", "", "")]
    [InlineData("hosts/tcg/pass.xml", "qemu", "maximum", "", "")]
    [InlineData("hosts/tcg/arm-emu.xml", "qemu", "custom", "cortex-a57", "")]
    [InlineData("hosts/tcg/x86-custom.xml", "qemu", "custom", "qemu64", "")]
    [InlineData("hosts/tcg/plain.xml", "qemu", "", "", "")]
    public void Cpu_follows_the_mode_the_host_and_the_accelerator(string path, string type, string mode, string model, string feature)
    {
        var root = Domain(path).DocumentElement!;

        Assert.Equal(type, root.GetAttribute("type"));
        Assert.Equal(mode, Attr(root, "cpu", "mode"));
        Assert.Equal(model, root.SelectSingleNode("cpu/model")?.InnerText ?? string.Empty);
        Assert.Equal(feature, Attr(root, "cpu/feature[@policy='require']", "name"));
    }

    [Fact]
    public void An_aarch64_guest_boots_uefi_on_the_virt_machine_and_its_ide_disk_goes_on_sata()
    {
        var root = Domain("hosts/arm-kvm/arm.xml").DocumentElement!;

        Assert.Equal("efi", Attr(root, "os", "firmware"));
        Assert.Equal(("aarch64", "virt"), (Attr(root, "os/type", "arch"), Attr(root, "os/type", "machine")));
        Assert.Null(root.SelectSingleNode("features/apic"));
        Assert.Equal(("sda", "sata"), (Attr(root, "devices/disk/target", "dev"), Attr(root, "devices/disk/target", "bus")));
        Assert.Equal("x86_64", Attr(Domain("hosts/tcg/plain.xml").DocumentElement!, "os/type", "arch"));
    }

    [Fact]
    public void Windows_keeps_its_clock_in_local_time()
    {
        Assert.Equal("localtime", Attr(Domain("hosts/intel-kvm/win.xml").DocumentElement!, "clock", "offset"));
        Assert.Equal("utc", Attr(Domain("hosts/tcg/plain.xml").DocumentElement!, "clock", "offset"));
    }

    [SkippableFact]
    public void Libvirt_accepts_every_file_of_the_edge_topology()
    {
        LibvirtTools.Require();

        var problems = LibvirtArtifacts.WriteToTemp(Files)
            .Select(pair => LibvirtTools.Problems(pair.Value, LibvirtArtifacts.IsNetwork(pair.Key)))
            .OfType<string>()
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    private static XmlDocument Domain(string path) => LibvirtArtifacts.Parse(LibvirtArtifacts.File(Files, path));

    private static (string Unit, string Value) Memory(string path, string element)
    {
        var node = (XmlElement)Domain(path).SelectSingleNode("/domain/" + element)!;
        return (node.GetAttribute("unit"), node.InnerText);
    }

    private static string Attr(XmlElement context, string path, string attribute) =>
        (context.SelectSingleNode(path) as XmlElement)?.GetAttribute(attribute) ?? string.Empty;
}
