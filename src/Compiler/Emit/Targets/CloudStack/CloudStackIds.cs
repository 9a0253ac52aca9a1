namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// The placeholders of the CloudStack calls. Two sorts: ids the topology cannot know (a zone,
/// a service offering, a template, a network offering, the CPU counter), which an operator
/// looks up; and ids an earlier call creates (a network, a condition, a policy, a profile, a
/// public IP, a load-balancer rule), which that call names in its `returns`.
/// </summary>
public static class CloudStackIds
{
    public static Placeholder Zone(string region) => Of("zone", region);

    public static Placeholder Offering(string shape) => Of("offering", shape);

    public static Placeholder Template(string image) => Of("template", image);

    public static Placeholder NetworkOffering(string mode) => Of("network-offering", mode);

    public static Placeholder CpuCounter => Of("counter", "cpu");

    /// <summary>A port the topology does not declare: the one the load balancer forwards.</summary>
    public static Placeholder Port(string instance) => Of("port", instance);

    public static Placeholder Network(string network) => Of("network", network);

    public static Placeholder ScaleUpCondition(string instance) => Of("condition", instance + "-up");

    public static Placeholder ScaleDownCondition(string instance) => Of("condition", instance + "-down");

    public static Placeholder ScaleUpPolicy(string instance) => Of("policy", instance + "-up");

    public static Placeholder ScaleDownPolicy(string instance) => Of("policy", instance + "-down");

    public static Placeholder Profile(string instance) => Of("profile", instance);

    public static Placeholder PublicIp(string instance) => Of("ip", instance);

    public static Placeholder LoadBalancerRule(string instance) => Of("lbrule", instance);

    public static Placeholder AutoScaleGroup(string instance) => Of("autoscale-group", instance);

    /// <summary>The zone, pod and cluster a compute host is added to (`addHost`).</summary>
    public static Placeholder Pod(string cloud) => Of("pod", cloud);

    public static Placeholder Cluster(string cloud) => Of("cluster", cloud);

    /// <summary>The root password CloudStack logs into a compute host with.</summary>
    public static Placeholder HostPassword(string host) => Of("password", host);

    /// <summary>
    /// Kinds of ids that an earlier call of the same script creates: the operator fills in none
    /// of them, so the plan does not list them as placeholders to fill.
    /// </summary>
    public static readonly System.Collections.Immutable.ImmutableHashSet<string> CreatedKinds =
        System.Collections.Immutable.ImmutableHashSet.Create(System.StringComparer.Ordinal, "network", "condition", "policy", "profile", "ip", "lbrule", "autoscale-group");

    private static Placeholder Of(string kind, string key) =>
        new(kind, PlaceholderKey.Escape(key), CreatedKinds.Contains(kind) ? PlaceholderFiller.EarlierCall : PlaceholderFiller.Operator);
}
