using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Addresses;

namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// The CloudStack API calls that build one deployment, in dependency order: its networks
/// first, then per instance either one `deployVirtualMachine` per copy or, for `scale out`,
/// the autoscale chain (conditions, policies, VM profile, public IP, load-balancer rule, VM
/// group). Every call carries the parameters CloudStack requires for it.
/// </summary>
public static class CloudStackCallPlan
{
    private const string Algorithm = "ROUNDROBIN";

    public static ImmutableArray<CloudStackCall> For(AddressBook addresses, CloudModel cloud, DeploymentModel deployment)
    {
        var zone = CloudStackIds.Zone(cloud.Region ?? cloud.Name.Value);
        var calls = ImmutableArray.CreateBuilder<CloudStackCall>();
        foreach (var network in NetworksOf(addresses, deployment))
        {
            calls.Add(CreateNetwork(network, zone));
        }

        foreach (var instance in deployment.Instances)
        {
            var shape = new InstanceShape(instance, zone, NetworkOf(addresses, instance)?.Network);
            calls.AddRange(instance.ScaleOut is { } scaleOut ? AutoScale(shape, scaleOut) : FixedCopies(shape));
        }

        return calls.ToImmutable();
    }

    /// <summary>The declared networks the instances join, each once, in order of first use.</summary>
    private static IEnumerable<NetworkAddresses> NetworksOf(AddressBook addresses, DeploymentModel deployment) =>
        deployment.Instances
            .Select(instance => NetworkOf(addresses, instance))
            .OfType<NetworkAddresses>()
            .Distinct();

    private static NetworkAddresses? NetworkOf(AddressBook addresses, InstanceModel instance) =>
        instance.Network is { } name ? addresses.Find(name.Value) : null;

    private static CloudStackCall CreateNetwork(NetworkAddresses addresses, Placeholder zone)
    {
        var network = addresses.Network;
        var name = network.Name.Value;
        var parameters = new List<CloudStackParameter>
        {
            new("name", name),
            new("displaytext", name),
            new("networkofferingid", CloudStackIds.NetworkOffering(ModelWords.ToWord(network.Mode))),
            new("zoneid", zone),
        };
        parameters.AddRange(NetworkAddressing.Of(addresses));
        return new CloudStackCall("createNetwork", parameters.ToImmutableArray(), CloudStackIds.Network(name));
    }

    private static IEnumerable<CloudStackCall> FixedCopies(InstanceShape shape)
    {
        var count = shape.Instance.Count.Value;
        for (var copy = 1; copy <= count; copy++)
        {
            var name = count == 1 ? shape.Name : shape.Name + "-" + copy.ToString(CultureInfo.InvariantCulture);
            yield return DeployVirtualMachine(shape, name);
        }
    }

    private static CloudStackCall DeployVirtualMachine(InstanceShape shape, string name)
    {
        var parameters = new List<CloudStackParameter> { new("zoneid", shape.Zone), new("serviceofferingid", shape.Offering), new("templateid", shape.Template) };
        if (shape.Instance.Flavor?.Disk is { } disk)
        {
            parameters.Add(new("rootdisksize", ServiceOffering.GibibytesRoundedUp(disk.Value).ToString(CultureInfo.InvariantCulture)));
        }

        if (shape.Network is { } network)
        {
            parameters.Add(new("networkids", CloudStackIds.Network(network.Name.Value)));
        }

        parameters.Add(new("name", VmHostname.From(name)));
        parameters.Add(new("displayname", name));
        return new CloudStackCall("deployVirtualMachine", parameters.ToImmutableArray());
    }

    private static IEnumerable<CloudStackCall> AutoScale(InstanceShape shape, ScaleOutModel scaleOut)
    {
        var name = shape.Name;
        yield return Condition("GT", scaleOut.CpuAbove, CloudStackIds.ScaleUpCondition(name));
        yield return Condition("LT", scaleOut.CpuBelow, CloudStackIds.ScaleDownCondition(name));
        yield return Policy(name + "-scale-up", "SCALEUP", scaleOut, CloudStackIds.ScaleUpCondition(name), CloudStackIds.ScaleUpPolicy(name));
        yield return Policy(name + "-scale-down", "SCALEDOWN", scaleOut, CloudStackIds.ScaleDownCondition(name), CloudStackIds.ScaleDownPolicy(name));
        yield return VmProfile(shape);
        yield return AssociateIpAddress(shape);
        yield return LoadBalancerRule(shape);
        yield return VmGroup(shape, scaleOut);
    }

    private static CloudStackCall Condition(string relationalOperator, decimal percent, Placeholder returns) =>
        new("createCondition", Params(
            new("counterid", CloudStackIds.CpuCounter),
            new("relationaloperator", relationalOperator),
            new("threshold", percent.ToString("0.############################", CultureInfo.InvariantCulture))), returns);

    /// <summary>
    /// §7 sets `duration` (how long the condition must hold) to the cooldown; the cooldown is
    /// also CloudStack's own `quiettime` after an action. `duration` must be positive.
    /// </summary>
    private static CloudStackCall Policy(string name, string action, ScaleOutModel scaleOut, Placeholder condition, Placeholder returns)
    {
        var seconds = (scaleOut.CooldownMilliseconds / 1000) + (scaleOut.CooldownMilliseconds % 1000 > 0 ? 1 : 0);
        return new("createAutoScalePolicy", Params(
            new("name", name),
            new("action", action),
            new("duration", Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture)),
            new("quiettime", seconds.ToString(CultureInfo.InvariantCulture)),
            new("conditionids", condition)), returns);
    }

    private static CloudStackCall VmProfile(InstanceShape shape) =>
        new("createAutoScaleVmProfile", Params(
            new("zoneid", shape.Zone),
            new("serviceofferingid", shape.Offering),
            new("templateid", shape.Template)), CloudStackIds.Profile(shape.Name));

    /// <summary>The public IP the load balancer listens on: on the instance's network, else in the zone.</summary>
    private static CloudStackCall AssociateIpAddress(InstanceShape shape) =>
        new("associateIpAddress", ImmutableArray.Create(shape.Placement), CloudStackIds.PublicIp(shape.Name));

    private static CloudStackCall LoadBalancerRule(InstanceShape shape)
    {
        var port = CloudStackIds.Port(shape.Name);
        return new("createLoadBalancerRule", Params(
            new("algorithm", Algorithm),
            new("name", shape.Name + "-lb"),
            new("privateport", port),
            new("publicport", port),
            new("publicipid", CloudStackIds.PublicIp(shape.Name)),
            shape.Placement), CloudStackIds.LoadBalancerRule(shape.Name));
    }

    private static CloudStackCall VmGroup(InstanceShape shape, ScaleOutModel scaleOut)
    {
        var min = scaleOut.Min?.Value ?? shape.Instance.Count.Value;
        var max = Math.Max(min, scaleOut.Max?.Value ?? Math.Max(min, shape.Instance.Count.Value));
        return new("createAutoScaleVmGroup", Params(
            new("name", shape.Name),
            new("lbruleid", CloudStackIds.LoadBalancerRule(shape.Name)),
            new("minmembers", min.ToString(CultureInfo.InvariantCulture)),
            new("maxmembers", max.ToString(CultureInfo.InvariantCulture)),
            new("scaleuppolicyids", CloudStackIds.ScaleUpPolicy(shape.Name)),
            new("scaledownpolicyids", CloudStackIds.ScaleDownPolicy(shape.Name)),
            new("vmprofileid", CloudStackIds.Profile(shape.Name))), CloudStackIds.AutoScaleGroup(shape.Name));
    }

    private static ImmutableArray<CloudStackParameter> Params(params CloudStackParameter[] parameters) => parameters.ToImmutableArray();

    /// <summary>What every call about one instance shares.</summary>
    private sealed record InstanceShape(InstanceModel Instance, Placeholder Zone, NetworkModel? Network)
    {
        public string Name => Instance.Name.Value;

        public Placeholder Offering => CloudStackIds.Offering(ServiceOffering.Shape(Instance.Flavor) ?? Name);

        public Placeholder Template => CloudStackIds.Template(Instance.Image ?? Name);

        /// <summary>Where a public IP and a load balancer go: the instance's network, else its zone.</summary>
        public CloudStackParameter Placement =>
            Network is { } network ? new("networkid", CloudStackIds.Network(network.Name.Value)) : new("zoneid", Zone);
    }
}
