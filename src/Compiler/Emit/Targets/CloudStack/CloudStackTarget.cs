using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// CloudStack clouds: for each deployment, its API calls as JSON and as a CloudMonkey script
/// (docs/language.md, "What `topo build` writes"); the plan adds the cloud's compute hosts and
/// runs each deployment's script with `cmk`.
/// </summary>
public sealed class CloudStackTarget : ITarget
{
    public TargetKind Kind => TargetKind.CloudStack;

    public IEnumerable<TargetFile> Write(TopologySemantics semantics)
    {
        var model = semantics.Model;
        foreach (var deployment in model.Deployments)
        {
            if (deployment.Cloud is not { } cloudName || model.FindCloud(cloudName.Value) is not { } cloud
                || cloud.Platform?.Value != CloudPlatform.CloudStack)
            {
                continue;
            }

            var calls = CloudStackCallPlan.For(semantics.Addresses, cloud, deployment);
            var placeholders = calls.SelectMany(call => call.Placeholders).ToImmutableArray();
            var (cloudId, deploymentId) = (cloud.Name.Value, deployment.Name.Value);
            yield return new TargetFile(new GeneratedFile(ArtifactPaths.CloudStackCalls(cloudId, deploymentId), CloudStackJson.Write(calls)), placeholders);
            yield return new TargetFile(
                new GeneratedFile(ArtifactPaths.CloudMonkeyScript(cloudId, deploymentId), CloudMonkeyScript.Write(model.Name, cloudId, deploymentId, calls)),
                placeholders.Where(placeholder => placeholder.FilledBy == PlaceholderFiller.Operator).ToImmutableArray()); // the script passes created ids in variables
        }
    }

    public IEnumerable<TargetStep> CloudSteps(TopologySemantics semantics, CloudModel cloud)
    {
        var model = semantics.Model;
        if (CloudParts.PlatformOf(cloud) != CloudPlatform.CloudStack)
        {
            return Enumerable.Empty<TargetStep>();
        }

        var steps = new StepList();
        var cloudName = cloud.Name.Value;
        var registered = new List<string>();
        foreach (var (host, hypervisor) in CloudParts.ComputeHosts(model, cloud))
        {
            var placeholders = HostPlaceholders.Of(cloud, host);
            registered.Add(steps.Add(PlanStepKinds.RegisterCompute, $"{cloudName}/{host}", [PlanStepIds.InstallHypervisor(host)], null,
                AddHostCommand(host, hypervisor, placeholders), placeholders.All));
        }

        foreach (var deployment in CloudParts.Deployments(model, cloud))
        {
            AddDeployment(steps, cloudName, deployment, registered);
        }

        return steps.Steps;
    }

    private static void AddDeployment(StepList steps, string cloud, DeploymentModel deployment, IReadOnlyList<string> registered)
    {
        var name = deployment.Name.Value;
        var target = $"{cloud}/{name}";
        var script = ArtifactPaths.CloudMonkeyScript(cloud, name);
        var created = steps.Add(PlanStepKinds.DeployInstance, target, registered, script, ["sh", script]);
        foreach (var instance in deployment.Instances.Where(i => i.ScaleOut is not null))
        {
            // The group's id is the script's to know: the step finds the group by its name (the instance's).
            var group = instance.Name.Value;
            steps.Add(PlanStepKinds.ConfigureAutoscale, $"{target}/{group}", [created], null,
                new[] { "sh", "-c", "cmk enable autoscalevmgroup id=\"$(cmk -o json list autoscalevmgroups name=\"$1\" | jq -er '.autoscalevmgroup[0].id')\"", "enable-autoscale", group });
        }
    }

    private static string[] AddHostCommand(string host, HypervisorModel hypervisor, HostPlaceholders placeholders) => new[]
    {
        "cmk", "add", "host", "zoneid=" + placeholders.Zone.Text, "podid=" + placeholders.Pod.Text,
        "clusterid=" + placeholders.Cluster.Text, "url=http://" + host,
        "hypervisor=" + (hypervisor.Kind.Value == HypervisorKind.Xen ? "XenServer" : "KVM"),
        "username=root", "password=" + placeholders.Password.Text,
    };

    /// <summary>What an operator fills in to add a compute host: where it goes, and how to log into it.</summary>
    private sealed record HostPlaceholders(Placeholder Zone, Placeholder Pod, Placeholder Cluster, Placeholder Password)
    {
        public IEnumerable<Placeholder> All => new[] { Zone, Pod, Cluster, Password };

        public static HostPlaceholders Of(CloudModel cloud, string host) => new(
            CloudStackIds.Zone(cloud.Region ?? cloud.Name.Value),
            CloudStackIds.Pod(cloud.Name.Value),
            CloudStackIds.Cluster(cloud.Name.Value),
            CloudStackIds.HostPassword(host));
    }
}
