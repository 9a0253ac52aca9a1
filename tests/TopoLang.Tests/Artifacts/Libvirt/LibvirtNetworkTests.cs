using System.Collections.Immutable;
using System.Linq;
using System.Xml;
using TopoLang.Compiler.Emit;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>What the network XML says for each mode of <see cref="EdgeTopology"/>.</summary>
public sealed class LibvirtNetworkTests
{
    private static readonly ImmutableArray<GeneratedFile> Files = LibvirtArtifacts.Write(LibvirtArtifacts.SemanticsOfSource(EdgeTopology.Source, "edge.topo"));

    [Theory]
    [InlineData("lan", "bridge", "br-lan", "", "")]
    [InlineData("uplink", "bridge", "br-uplink", "", "4")]
    [InlineData("nat6", "nat", "br-nat6", "ipv6 fd00:7::1/64", "")]
    [InlineData("natnogw", "nat", "br-natnogw", "ipv4 10.8.0.1/24", "")]
    [InlineData("p2p-nat", "nat", "br-p2p-nat", "ipv4 10.7.0.0/31", "")]
    [InlineData("iso-gw", "", "br-iso-gw", "ipv4 10.6.0.1/24", "")]
    [InlineData("iso", "", "br-iso", "", "")]
    [InlineData("exactly-12ch", "bridge", "br-exactly-12ch", "", "")]
    public void Each_mode_maps_to_its_libvirt_forward_mode(string name, string forward, string bridge, string address, string vlan)
    {
        var root = Network(name).DocumentElement!;

        Assert.Equal(name, root.SelectSingleNode("name")!.InnerText);
        Assert.Equal(forward, (root.SelectSingleNode("forward") as XmlElement)?.GetAttribute("mode") ?? string.Empty);
        Assert.Equal(bridge, ((XmlElement)root.SelectSingleNode("bridge")!).GetAttribute("name"));
        Assert.Equal(address, root.SelectSingleNode("ip") is XmlElement ip ? $"{ip.GetAttribute("family")} {ip.GetAttribute("address")}/{ip.GetAttribute("prefix")}" : string.Empty);
        Assert.Equal(vlan, (root.SelectSingleNode("vlan/tag") as XmlElement)?.GetAttribute("id") ?? string.Empty);
    }

    [Fact]
    public void A_vlan_on_a_bridge_network_comes_with_open_vswitch()
    {
        var root = Network("uplink").DocumentElement!;

        Assert.Equal("openvswitch", ((XmlElement)root.SelectSingleNode("virtualport")!).GetAttribute("type"));
        Assert.Null(Network("lan").DocumentElement!.SelectSingleNode("virtualport"));
    }

    [Fact]
    public void A_vlan_libvirt_cannot_carry_stays_in_the_metadata()
    {
        var document = Network("natnogw");
        var metadata = (XmlElement)document.SelectSingleNode("/network/metadata/topo:network", LibvirtArtifacts.Namespaces(document))!;

        Assert.Null(document.SelectSingleNode("/network/vlan"));
        Assert.Equal(("nat", "10.8.0.0/24", "8"), (metadata.GetAttribute("mode"), metadata.GetAttribute("cidr"), metadata.GetAttribute("vlan")));
    }

    [Fact]
    public void Nat_over_ipv6_asks_libvirt_for_nat66()
    {
        Assert.Equal("yes", ((XmlElement)Network("nat6").SelectSingleNode("/network/forward/nat")!).GetAttribute("ipv6"));
        Assert.Null(Network("natnogw").SelectSingleNode("/network/forward/nat"));
    }

    [Fact]
    public void Long_names_get_distinct_bridges_linux_can_name()
    {
        var bridges = Files.Where(f => LibvirtArtifacts.IsNetwork(f.RelativePath))
            .Select(f => ((XmlElement)LibvirtArtifacts.Parse(f).SelectSingleNode("/network/bridge")!).GetAttribute("name"))
            .ToList();

        Assert.All(bridges, bridge => Assert.InRange(bridge.Length, 1, 15));
        Assert.Equal(bridges.Count, bridges.Distinct().Count());
        Assert.StartsWith("br-a-very-", ((XmlElement)Network("a-very-long-network-name").SelectSingleNode("/network/bridge")!).GetAttribute("name"));
    }

    private static XmlDocument Network(string name) => LibvirtArtifacts.Parse(LibvirtArtifacts.File(Files, $"networks/{name}.xml"));
}
