namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// The placeholders of the CloudStack calls. Two sorts: ids the topology cannot know (a zone,
/// a service offering, a template, a network offering, the CPU counter), which an operator
/// looks up; and ids an earlier call creates (a network, a condition, a policy, a profile, a
/// public IP, a load-balancer rule), which that call names in its `returns`.
/// </summary>
public static class CloudStackIds
{
    public static string Zone(string region) => Of("zone", region);

    public static string Offering(string shape) => Of("offering", shape);

    public static string Template(string image) => Of("template", image);

    public static string NetworkOffering(string mode) => Of("network-offering", mode);

    public static string CpuCounter => Of("counter", "cpu");

    /// <summary>A port the topology does not declare: the one the load balancer forwards.</summary>
    public static string Port(string instance) => Of("port", instance);

    public static string Network(string network) => Of("network", network);

    public static string ScaleUpCondition(string instance) => Of("condition", instance + "-up");

    public static string ScaleDownCondition(string instance) => Of("condition", instance + "-down");

    public static string ScaleUpPolicy(string instance) => Of("policy", instance + "-up");

    public static string ScaleDownPolicy(string instance) => Of("policy", instance + "-down");

    public static string Profile(string instance) => Of("profile", instance);

    public static string PublicIp(string instance) => Of("ip", instance);

    public static string LoadBalancerRule(string instance) => Of("lbrule", instance);

    public static string AutoScaleGroup(string instance) => Of("autoscale-group", instance);

    /// <summary>
    /// Kinds of ids that an earlier call of the same script creates: the operator fills in none
    /// of them, so the plan does not list them as placeholders to fill.
    /// </summary>
    public static readonly System.Collections.Immutable.ImmutableHashSet<string> CreatedKinds =
        System.Collections.Immutable.ImmutableHashSet.Create(System.StringComparer.Ordinal, "network", "condition", "policy", "profile", "ip", "lbrule", "autoscale-group");

    private static string Of(string kind, string key) => Placeholders.Of(kind, PlaceholderKey.Escape(key));
}
