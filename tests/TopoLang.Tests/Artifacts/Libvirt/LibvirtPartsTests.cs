using System.Linq;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Compiler.Emit.Targets.Libvirt;
using TopoLang.Compiler.Model;
using TopoLang.Runtime;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>The small pieces: disk target names, bridge names, XML-safe text.</summary>
public sealed class LibvirtPartsTests
{
    [Theory]
    [InlineData(0, "a")]
    [InlineData(25, "z")]
    [InlineData(26, "aa")]
    [InlineData(51, "az")]
    [InlineData(701, "zz")]
    [InlineData(702, "aaa")]
    public void Disk_letters_count_like_libvirt(int index, string letters) => Assert.Equal(letters, DiskTargets.Letters(index));

    [Fact]
    public void Scsi_and_sata_share_the_sd_sequence()
    {
        var targets = new DiskTargets();

        Assert.Equal(new[] { "sda", "vda", "sdb", "hda", "vdb" }, new[] { "scsi", "virtio", "sata", "ide", "virtio" }.Select(targets.Next));
    }

    [Fact]
    public void A_bus_past_its_twenty_sixth_disk_goes_on_with_two_letters()
    {
        var targets = new DiskTargets();

        var names = Enumerable.Range(0, 28).Select(_ => targets.Next("virtio")).ToList();

        Assert.Equal(new[] { "vdy", "vdz", "vdaa", "vdab" }, names.Skip(24));
    }

    [Fact]
    public void A_disk_image_in_the_pool_is_named_after_its_guest_and_disk()
    {
        var image = new DiskImagePath("/var/lib/libvirt/images", "web-1", "root", "qcow2");

        Assert.Equal("/var/lib/libvirt/images/web-1-root.qcow2", image.ToString());
        Assert.Equal("'/var/lib/libvirt/images/web-1-root.qcow2'", $"'{image}'");
    }

    [Fact]
    public void A_disk_image_in_its_guests_own_folder_is_named_after_its_disk()
    {
        var image = new DiskImagePath("/var/lib/xen/images/db", Guest: null, "data", "raw");

        Assert.Equal("/var/lib/xen/images/db/data.raw", image.ToString());
    }

    [Fact]
    public void Bridge_names_are_stable_short_and_distinct()
    {
        var names = new[] { "lan", "twelve-chars", "thirteen-char", "abcdefg-one", "abcdefg-one-two", "abcdefg-one-three", "abcdef-hhhhhhhhh" };
        var networks = names.Select(Network).ToList();

        var first = new BridgeNames(networks);
        var bridges = names.Select(first.Of).ToList();

        Assert.Equal(bridges, names.Select(new BridgeNames(networks).Of));
        Assert.Equal(("br-lan", "br-twelve-chars"), (bridges[0], bridges[1]));
        Assert.All(bridges, b => Assert.InRange(b.Length, 4, BridgeNames.MaxLength));
        Assert.Equal(bridges.Count, bridges.Distinct().Count());
        Assert.DoesNotContain("--", bridges[6]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\u0001b", "a\uFFFDb")]
    [InlineData("😀\n\t\r", "😀\n\t\r")]
    public void Text_keeps_what_xml_can_hold(string value, string expected) => Assert.Equal(expected, LibvirtXml.Text(value));

    [Fact]
    public void The_public_names_agree_with_the_files()
    {
        var semantics = LibvirtArtifacts.SemanticsOfSource(EdgeTopology.Source, "edge.topo");
        var files = LibvirtArtifacts.Write(semantics);
        var host = semantics.Model.Hosts.Single(h => h.Name.Value == "intel-kvm");
        var guest = host.Hypervisor!.Guests.Single(g => g.Name.Value == "odd-memory");
        var domain = LibvirtArtifacts.File(files, "hosts/intel-kvm/odd-memory.xml").Text;

        Assert.All(guest.Disks, disk => Assert.Contains($"<source file=\"{LibvirtNames.ImagePath(guest, disk)}\" />", domain));
        Assert.All(semantics.Model.Networks, network => Assert.Contains(
            $"<bridge name=\"{LibvirtNames.Bridge(semantics.Model, network.Name.Value)}\"",
            LibvirtArtifacts.File(files, $"networks/{network.Name.Value}.xml").Text));
        Assert.Equal(new[] { "uplink" }, semantics.Model.Networks.Where(LibvirtNames.NeedsOpenVSwitch).Select(n => n.Name.Value));
    }

    // Not an InlineData: attribute data cannot hold a lone surrogate.
    [Fact]
    public void Text_replaces_a_lone_surrogate() => Assert.Equal("\uFFFDx\uFFFD", LibvirtXml.Text("\uD800x\uDC00"));

    private static NetworkModel Network(string name)
    {
        var at = new SourceLocation(SourceText.From(string.Empty, "t.topo"), default);
        return new NetworkModel(new Located<string>(name, at), null, null, null, NetworkMode.Bridge, at);
    }
}
