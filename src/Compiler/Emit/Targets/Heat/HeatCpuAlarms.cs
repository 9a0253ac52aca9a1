using System.Globalization;
using TopoLang.Compiler.Emit.Yaml;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>
/// The Aodh alarms of `scale out`: CPU above cpu_above signals the scale-out policy, CPU below
/// cpu_below the scale-in one. They are OS::Aodh::GnocchiAggregationByResourcesAlarm, over the
/// mean of the group's servers: OS::Aodh::Alarm reads Ceilometer's API, gone since Queens, and
/// Heat 19 keeps it only as deprecated.
///
/// Gnocchi has no CPU percentage (Ceilometer dropped `cpu_util` in Stein): its `cpu` metric is
/// CPU time in nanoseconds, and `rate:mean` gives the time used per granule. A percentage p of
/// a server's vCPUs over a granule of g seconds is p / 100 × vCPUs × g × 10⁹ ns: the threshold.
/// </summary>
public static class HeatCpuAlarms
{
    /// <summary>Ceilometer's default archive policy (`ceilometer-low`) keeps 5-minute points.</summary>
    public const int GranularitySeconds = 300;

    public static void Add(YamlMap resources, InstanceModel instance, ScaleOutModel scaleOut)
    {
        var name = instance.Name.Value;
        var vcpus = instance.Flavor?.Vcpus?.Value ?? 1;
        resources.Add(HeatNames.CpuHighAlarm(name), Alarm(name, vcpus, scaleOut.CpuAbove, "gt", HeatNames.ScaleOutPolicy(name), "above", "add a server to"));
        resources.Add(HeatNames.CpuLowAlarm(name), Alarm(name, vcpus, scaleOut.CpuBelow, "lt", HeatNames.ScaleInPolicy(name), "below", "remove a server from"));
    }

    /// <summary>Nanoseconds of CPU time per granule at <paramref name="percent"/> of <paramref name="vcpus"/>.</summary>
    public static decimal Threshold(decimal percent, int vcpus) =>
        percent / 100m * vcpus * GranularitySeconds * 1_000_000_000m;

    private static YamlMap Alarm(string instance, int vcpus, decimal percent, string comparison, string policy, string side, string action)
    {
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{action} instance '{instance}' when the mean CPU use of its servers is {side} {DecimalText.Format(percent)}% of {vcpus} {(vcpus == 1 ? "vCPU" : "vCPUs")} over {GranularitySeconds} s (threshold: nanoseconds of CPU time per {GranularitySeconds} s)");
        return HeatResource.Of("OS::Aodh::GnocchiAggregationByResourcesAlarm", new YamlMap()
            .Add("description", YamlNode.Text(description))
            .Add("metric", YamlNode.Word("cpu"))
            .Add("resource_type", YamlNode.Word("instance"))
            .Add("aggregation_method", YamlNode.Text("rate:mean"))
            .Add("granularity", YamlNode.Number(GranularitySeconds))
            .Add("evaluation_periods", YamlNode.Number(1))
            .Add("threshold", YamlNode.Number(Threshold(percent, vcpus)))
            .Add("comparison_operator", YamlNode.Word(comparison))
            .Add("query", Query(instance))
            .Add("alarm_actions", YamlNode.Sequence(SignalWithTrust(policy))));
    }

    /// <summary>The group's servers: `{"=": {"server_group": "<stack id>-<instance>"}}` as JSON.</summary>
    private static YamlNode Query(string instance) =>
        HotFunctions.ListJoin(string.Empty, YamlMap.Of("=", YamlMap.Of("server_group", HeatAutoScaling.ServerGroup(instance))));

    /// <summary>
    /// The policy's signal_url needs a Keystone token: the `trust+` prefix makes Aodh call it
    /// with a trust of the stack's owner.
    /// </summary>
    private static YamlNode SignalWithTrust(string policy) =>
        HotFunctions.StrReplace("trust+url", YamlMap.Of("url", HotFunctions.GetAttr(policy, "signal_url")));
}
