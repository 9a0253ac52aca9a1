using TopoLang.Compiler.Emit.Yaml;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>
/// OS::Nova::Server resources. An instance without `scale out` gets one server per `count`, each
/// its own resource (a ResourceGroup would hide them in a nested stack); a scaled one gets
/// servers of the same definition as the members of its AutoScalingGroup.
/// </summary>
public static class HeatServers
{
    public static void AddFixed(YamlMap resources, InstanceModel instance, NetworkModel? network)
    {
        var name = instance.Name.Value;
        var resourceNames = HeatNames.Servers(name, instance.Count.Value);
        var serverNames = HeatNames.ServerNames(name, instance.Count.Value);
        for (var i = 0; i < resourceNames.Count; i++)
        {
            var properties = Properties(instance, network, serverNames[i], serverGroup: null);
            resources.Add(resourceNames[i], HeatResource.Of("OS::Nova::Server", properties, DependsOn(network)));
        }
    }

    /// <summary>
    /// A server's properties. <paramref name="serverGroup"/> goes into the `metering.server_group`
    /// metadata, which Ceilometer copies onto the server's Gnocchi resource; the group's alarms
    /// select their servers by it.
    /// </summary>
    public static YamlMap Properties(InstanceModel instance, NetworkModel? network, string? serverName, YamlNode? serverGroup)
    {
        var name = instance.Name.Value;
        var properties = new YamlMap();
        if (serverName is not null)
        {
            properties.Add("name", YamlNode.Text(serverName));
        }

        properties
            .Add("image", HotFunctions.GetParam(HeatNames.ImageParameter(name)))
            .Add("flavor", HotFunctions.GetParam(HeatNames.FlavorParameter(name)));
        if (instance.ScaleUp is not null)
        {
            // Scaling up is a stack update with a larger flavor: resize the server, do not replace it.
            properties.Add("flavor_update_policy", YamlNode.Word("RESIZE"));
        }

        properties.Add("networks", YamlNode.Sequence(Port(network)));
        if (serverGroup is not null)
        {
            properties.Add("metadata", YamlMap.Of("metering.server_group", serverGroup));
        }

        return properties;
    }

    /// <summary>The subnet must exist before a server's port can get an address on it.</summary>
    public static string[] DependsOn(NetworkModel? network) =>
        network?.Cidr is null ? [] : [HeatNames.Subnet(network.Name.Value)];

    /// <summary>On its network; an instance that names none gets the project's network (Nova's "get me a network").</summary>
    private static YamlMap Port(NetworkModel? network) =>
        network is null
            ? YamlMap.Of("allocate_network", YamlNode.Word("auto"))
            : YamlMap.Of("network", HotFunctions.GetResource(HeatNames.Net(network.Name.Value)));
}
