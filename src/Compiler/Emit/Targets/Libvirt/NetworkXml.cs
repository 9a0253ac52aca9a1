using System.Xml;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Addresses;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// The libvirt network XML of one network (`virsh net-define`). Modes: bridge and provider join
/// an existing host bridge (`forward mode='bridge'`); nat and isolated get a bridge libvirt
/// creates, with the gateway as the host's address. What libvirt's network driver refuses for a
/// mode (an `&lt;ip&gt;` on a bridge network, a VLAN without Open vSwitch) stays in the metadata.
/// </summary>
internal static class NetworkXml
{
    public static byte[] Write(TopologyModel topology, NetworkAddresses addresses, string bridge) =>
        LibvirtDocuments.OfThisThread.Write((topology, addresses, bridge), static (writer, network) => Network(writer, network.topology, network.addresses, network.bridge));

    private static void Network(XmlWriter writer, TopologyModel topology, NetworkAddresses addresses, string bridge)
    {
        var network = addresses.Network;
        var name = network.Name.Value;
        LibvirtXml.Comment(writer, $"Network {name}, written by topo build. Define it with: virsh net-define {name}.xml");
        writer.WriteStartElement("network");
        writer.WriteElementString("name", name);
        Metadata(writer, topology, network);
        if (!LibvirtNames.LibvirtCreatesBridge(network))
        {
            HostBridge(writer, network, bridge);
        }
        else
        {
            Routed(writer, addresses, bridge);
        }

        writer.WriteEndElement();
    }

    // libvirt's network driver allows neither <ip> nor <dns> on a bridge network: the router is
    // outside the host. It tags a VLAN only when the bridge is an Open vSwitch one.
    private static void HostBridge(XmlWriter writer, NetworkModel network, string bridge)
    {
        LibvirtXml.Comment(writer, $"mode {ModelWords.ToWord(network.Mode)}: guests join the host's bridge {bridge}, which must exist; its addresses are routed outside the host, so there is no <ip>.");
        DomainXml.Element(writer, "forward", "mode", "bridge");
        DomainXml.Element(writer, "bridge", "name", bridge);
        if (!LibvirtNames.NeedsOpenVSwitch(network) || network.Vlan is not { } vlan)
        {
            return;
        }

        LibvirtXml.Comment(writer, $"vlan {vlan.Value}: libvirt tags the ports of a bridge network only on an Open vSwitch bridge, so {bridge} must be one.");
        DomainXml.Element(writer, "virtualport", "type", "openvswitch");
        writer.WriteStartElement("vlan");
        DomainXml.Element(writer, "tag", "id", DomainXml.Number(vlan.Value));
        writer.WriteEndElement();
    }

    // A bridge libvirt creates and runs: NAT to the host's uplink, or nothing (isolated).
    private static void Routed(XmlWriter writer, NetworkAddresses addresses, string bridge)
    {
        var network = addresses.Network;
        var address = NetworkAddress.For(addresses);
        if (network.Mode == NetworkMode.Nat)
        {
            Nat(writer, address);
        }

        writer.WriteStartElement("bridge");
        writer.WriteAttributeString("name", bridge);
        writer.WriteAttributeString("stp", "on");
        writer.WriteAttributeString("delay", "0");
        writer.WriteEndElement();
        if (network.Vlan is { } vlan)
        {
            LibvirtXml.Comment(writer, $"vlan {vlan.Value}: libvirt tags ports only on Open vSwitch bridges and SR-IOV pools, not in mode {ModelWords.ToWord(network.Mode)}; the tag is kept in the metadata.");
        }

        Address(writer, address);
    }

    private static void Nat(XmlWriter writer, NetworkAddress? address)
    {
        writer.WriteStartElement("forward");
        writer.WriteAttributeString("mode", "nat");
        if (address is { IsIPv6: true })
        {
            DomainXml.Element(writer, "nat", "ipv6", "yes");
        }

        writer.WriteEndElement();
    }

    private static void Address(XmlWriter writer, NetworkAddress? address)
    {
        if (address is null)
        {
            return;
        }

        if (address.IsDerived)
        {
            LibvirtXml.Comment(writer, "No gateway written: NAT needs an address on the bridge, so the host takes the network's first host address.");
        }

        writer.WriteStartElement("ip");
        writer.WriteAttributeString("family", address.Family);
        writer.WriteAttributeString("address", address.Address.ToString());
        writer.WriteAttributeString("prefix", DomainXml.Number(address.Prefix));
        writer.WriteEndElement();
    }

    private static void Metadata(XmlWriter writer, TopologyModel topology, NetworkModel network)
    {
        writer.WriteStartElement("metadata");
        TopoMetadata.Start(writer, "network");
        LibvirtXml.Attribute(writer, "topology", topology.Name);
        writer.WriteAttributeString("mode", ModelWords.ToWord(network.Mode));
        Optional(writer, "cidr", network.Cidr?.Value.Text);
        Optional(writer, "gateway", network.Gateway?.Value.Text);
        Optional(writer, "vlan", network.Vlan is { } vlan ? DomainXml.Number(vlan.Value) : null);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Optional(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            LibvirtXml.Attribute(writer, name, value);
        }
    }
}
