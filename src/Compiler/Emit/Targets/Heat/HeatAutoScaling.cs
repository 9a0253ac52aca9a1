using System;
using TopoLang.Compiler.Emit.Yaml;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>
/// `scale out`: an OS::Heat::AutoScalingGroup of the instance's servers between min and max,
/// starting at count (clamped into the bounds), and two OS::Heat::ScalingPolicy resources that
/// add or remove one server, each followed by its cooldown. The alarms that fire them are
/// <see cref="HeatCpuAlarms"/>.
/// </summary>
public static class HeatAutoScaling
{
    public static void Add(YamlMap resources, InstanceModel instance, ScaleOutModel scaleOut, NetworkModel? network)
    {
        var name = instance.Name.Value;
        var (min, max) = Bounds(instance, scaleOut);
        var cooldown = CooldownSeconds(scaleOut);
        var member = HeatResource.Of("OS::Nova::Server", HeatServers.Properties(instance, network, serverName: null, ServerGroup(name)));
        var group = new YamlMap()
            .Add("min_size", YamlNode.Number(min))
            .Add("max_size", YamlNode.Number(max))
            .Add("desired_capacity", YamlNode.Number(Math.Clamp(instance.Count.Value, min, max)))
            .Add("cooldown", YamlNode.Number(cooldown))
            .Add("resource", member);
        resources.Add(HeatNames.Group(name), HeatResource.Of("OS::Heat::AutoScalingGroup", group, HeatServers.DependsOn(network)));
        resources.Add(HeatNames.ScaleOutPolicy(name), Policy(name, +1, cooldown));
        resources.Add(HeatNames.ScaleInPolicy(name), Policy(name, -1, cooldown));
    }

    /// <summary>
    /// The key shared by the group's servers (metadata) and its alarms (query): the stack's id and
    /// the instance's name, so that two groups, or two stacks of one template, never share alarms.
    /// </summary>
    public static YamlNode ServerGroup(string instance) =>
        HotFunctions.ListJoin("-", HotFunctions.StackId, YamlNode.Text(instance));

    /// <summary>Whole seconds, rounded up: Heat's cooldown is an integer.</summary>
    public static long CooldownSeconds(ScaleOutModel scaleOut) =>
        Math.Max(0, (scaleOut.CooldownMilliseconds + 999) / 1000);

    /// <summary>
    /// min and max as written. Nothing in TopoLang forbids min above max, which Heat refuses, so
    /// max is raised to min then (the group then has a fixed size).
    /// </summary>
    private static (int Min, int Max) Bounds(InstanceModel instance, ScaleOutModel scaleOut)
    {
        var min = Math.Max(0, scaleOut.Min?.Value ?? 0);
        var max = scaleOut.Max?.Value ?? Math.Max(instance.Count.Value, min);
        return (min, Math.Max(min, max));
    }

    private static YamlMap Policy(string instance, int adjustment, long cooldown) =>
        HeatResource.Of("OS::Heat::ScalingPolicy", new YamlMap()
            .Add("auto_scaling_group_id", HotFunctions.GetResource(HeatNames.Group(instance)))
            .Add("adjustment_type", YamlNode.Word("change_in_capacity"))
            .Add("scaling_adjustment", YamlNode.Number(adjustment))
            .Add("cooldown", YamlNode.Number(cooldown)));
}
