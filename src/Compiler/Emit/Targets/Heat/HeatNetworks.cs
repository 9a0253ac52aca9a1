using System.Collections.Generic;
using System.Linq;
using System.Net;
using TopoLang.Compiler.Emit.Yaml;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Addresses;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>
/// An OS::Neutron::Net and an OS::Neutron::Subnet for each network the deployment's instances
/// use, in the order the topology declares them. A network without a gateway gets a subnet
/// without one (`gateway_ip: null`), rather than the first address Neutron would pick.
/// </summary>
public static class HeatNetworks
{
    /// <summary>The networks the instances name, each once, in declaration order.</summary>
    public static IReadOnlyList<NetworkModel> Used(AddressBook addresses, DeploymentModel deployment)
    {
        var used = deployment.Instances
            .Select(instance => instance.Network?.Value is { } name ? addresses.Find(name) : null)
            .OfType<NetworkAddresses>()
            .ToHashSet();
        return addresses.Networks.Where(used.Contains).Select(network => network.Network).ToList();
    }

    public static void AddResources(YamlMap resources, NetworkModel network)
    {
        var name = network.Name.Value;
        resources.Add(HeatNames.Net(name), HeatResource.Of("OS::Neutron::Net", new YamlMap().Add("name", YamlNode.Text(name))));
        if (network.Cidr?.Value is { } cidr)
        {
            resources.Add(HeatNames.Subnet(name), HeatResource.Of("OS::Neutron::Subnet", SubnetProperties(name, cidr, network.Gateway?.Value)));
        }
    }

    // Neutron refuses a CIDR not written the way netaddr prints it ("isn't a recommended CIDR"),
    // and an IPv6 block can be written in many ways: the subnet gets the canonical form.
    private static YamlMap SubnetProperties(string name, ParsedText<Cidr> cidr, ParsedText<IPAddress>? gateway) => new YamlMap()
        .Add("name", YamlNode.Text(name))
        .Add("network", HotFunctions.GetResource(HeatNames.Net(name)))
        .Add("cidr", YamlNode.Text(cidr.IsValid ? cidr.Value.ToString() : cidr.Text))
        .Add("ip_version", YamlNode.Number(IsIPv6(cidr) ? 6 : 4))
        .Add("gateway_ip", gateway is { } address ? YamlNode.Text(CanonicalAddress(address)) : YamlNode.Null);

    private static bool IsIPv6(ParsedText<Cidr> cidr) => cidr.IsValid ? cidr.Value.IsIPv6 : cidr.Text.Contains(':');

    private static string CanonicalAddress(ParsedText<IPAddress> address) => address.Value?.ToString() ?? address.Text;
}
