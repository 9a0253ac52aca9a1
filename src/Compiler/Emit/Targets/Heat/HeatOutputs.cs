using TopoLang.Compiler.Emit.Yaml;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>The `outputs` section: each fixed server's addresses, each group's current size.</summary>
public static class HeatOutputs
{
    public static void Add(YamlMap outputs, InstanceModel instance)
    {
        var name = instance.Name.Value;
        if (instance.ScaleOut is not null)
        {
            outputs.Add(HeatNames.CurrentSizeOutput(name), Output($"servers of instance '{name}' now running", HotFunctions.GetAttr(HeatNames.Group(name), "current_size")));
            return;
        }

        foreach (var server in HeatNames.Servers(name, instance.Count.Value))
        {
            outputs.Add(HeatNames.NetworksOutput(server), Output($"addresses of server '{server}' by network", HotFunctions.GetAttr(server, "networks")));
        }
    }

    private static YamlMap Output(string description, YamlNode value) =>
        new YamlMap().Add("description", YamlNode.Text(description)).Add("value", value);
}
