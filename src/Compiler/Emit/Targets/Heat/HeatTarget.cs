using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>
/// OpenStack clouds: a Heat template per deployment; the plan enables the cloud's compute hosts
/// in Nova and creates each deployment's stack with the `openstack` client.
/// </summary>
public sealed class HeatTarget : ITarget
{
    public TargetKind Kind => TargetKind.Heat;

    public IEnumerable<TargetFile> Write(TopologySemantics semantics) => TargetFile.WithoutPlaceholders(semantics, new HeatTemplateWriter());

    public IEnumerable<TargetStep> CloudSteps(TopologySemantics semantics, CloudModel cloud)
    {
        var model = semantics.Model;
        if (CloudParts.PlatformOf(cloud) != CloudPlatform.OpenStack)
        {
            return Enumerable.Empty<TargetStep>();
        }

        var steps = new StepList();
        var cloudName = cloud.Name.Value;
        var registered = new List<string>();
        foreach (var (host, _) in CloudParts.ComputeHosts(model, cloud))
        {
            registered.Add(steps.Add(PlanStepKinds.RegisterCompute, $"{cloudName}/{host}", [PlanStepIds.InstallHypervisor(host)], null,
                new[] { "openstack", "compute", "service", "set", "--enable", host, "nova-compute" }));
        }

        var deployments = CloudParts.Deployments(model, cloud).ToList();
        var instances = deployments.SelectMany(d => d.Instances).ToList();
        var made = cloud.Provider is null ? HeatCloudObjects.AddPrivate(steps, cloudName, instances, registered) : new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var deployment in deployments)
        {
            AddStack(steps, cloudName, deployment, registered, made, cloud.Provider is not null);
        }

        return steps.Steps;
    }

    /// <param name="made">The step that makes each image and flavor, by name (a private cloud's).</param>
    /// <param name="fromProvider">The provider's cloud has its own images and flavors: the operator names them.</param>
    private static void AddStack(StepList steps, string cloud, DeploymentModel deployment, IReadOnlyList<string> registered, IReadOnlyDictionary<string, string> made, bool fromProvider)
    {
        var name = deployment.Name.Value;
        var target = $"{cloud}/{name}";
        var template = ArtifactPaths.HeatTemplate(cloud, name);
        var parameters = fromProvider ? HeatCloudObjects.ProviderParameters(deployment.Instances) : new List<(string Parameter, Placeholder Value)>();
        var command = new[] { "openstack", "stack", "create", "--wait", "-t", template }
            .Concat(parameters.SelectMany(p => new[] { "--parameter", p.Parameter + "=" + p.Value.Text }))
            .Append(name);
        var needs = registered.Concat(HeatCloudObjects.Names(deployment.Instances).Where(made.ContainsKey).Select(n => made[n])).Distinct(System.StringComparer.Ordinal);
        var created = steps.Add(PlanStepKinds.CreateStack, target, needs, template, command, parameters.Select(p => p.Value));
        foreach (var instance in deployment.Instances.Where(i => i.ScaleOut is not null))
        {
            steps.Add(PlanStepKinds.ConfigureAutoscale, $"{target}/{instance.Name.Value}", [created], null,
                new[] { "openstack", "stack", "resource", "list", "--filter", "type=OS::Heat::AutoScalingGroup", name });
        }
    }
}
