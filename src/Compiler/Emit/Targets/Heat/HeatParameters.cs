using System.Collections.Generic;
using TopoLang.Compiler.Emit.Yaml;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>
/// The `parameters` section: an image and a flavor per instance, typed string, each defaulting
/// to what the topology says (the image's name, a flavor name made of the shape) and
/// describing the shape, so that an operator can map them onto the cloud's real ones.
/// </summary>
public static class HeatParameters
{
    public static YamlMap For(IEnumerable<InstanceModel> instances)
    {
        var parameters = new YamlMap();
        foreach (var instance in instances)
        {
            var name = instance.Name.Value;
            var shape = InstanceShape.Of(instance);
            parameters.Add(HeatNames.ImageParameter(name), Parameter($"image for instance '{name}'", instance.Image ?? string.Empty));
            parameters.Add(HeatNames.FlavorParameter(name), Parameter($"flavor for instance '{name}': {shape.Describe()}", shape.FlavorName()));
            if (instance.ScaleUp is not null)
            {
                parameters.Add(HeatNames.MaxFlavorParameter(name), MaxFlavor(instance));
            }
        }

        return parameters;
    }

    /// <summary>
    /// Heat never resizes a server by itself; scaling up is an operator's stack update that sets
    /// the flavor parameter to this one (the servers resize in place, flavor_update_policy RESIZE).
    /// Nothing in the template reads it: it carries the largest shape `scale up` allows.
    /// </summary>
    private static YamlMap MaxFlavor(InstanceModel instance)
    {
        var name = instance.Name.Value;
        var largest = InstanceShape.Largest(instance);
        var description = $"largest flavor for instance '{name}' (scale up): {largest.Describe()}. "
            + $"Heat does not resize by itself: to scale up, update the stack with {HeatNames.FlavorParameter(name)} set to this flavor";
        return Parameter(description, largest.FlavorName());
    }

    private static YamlMap Parameter(string description, string defaultValue) =>
        new YamlMap()
            .Add("type", YamlNode.Word("string"))
            .Add("description", YamlNode.Text(description))
            .Add("default", YamlNode.Text(defaultValue));
}
