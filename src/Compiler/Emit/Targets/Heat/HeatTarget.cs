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
            registered.Add(steps.Add(PlanStepKinds.RegisterCompute, $"{cloudName}/{host}", new[] { PlanStepIds.InstallHypervisor(host) }, null,
                new[] { "openstack", "compute", "service", "set", "--enable", host, "nova-compute" }));
        }

        foreach (var deployment in CloudParts.Deployments(model, cloud))
        {
            AddStack(steps, cloudName, deployment, registered);
        }

        return steps.Steps;
    }

    private static void AddStack(StepList steps, string cloud, DeploymentModel deployment, IReadOnlyList<string> registered)
    {
        var name = deployment.Name.Value;
        var target = $"{cloud}/{name}";
        var template = ArtifactPaths.HeatTemplate(cloud, name);
        var created = steps.Add(PlanStepKinds.CreateStack, target, registered, template, new[] { "openstack", "stack", "create", "--wait", "-t", template, name });
        foreach (var instance in deployment.Instances.Where(i => i.ScaleOut is not null))
        {
            steps.Add(PlanStepKinds.ConfigureAutoscale, $"{target}/{instance.Name.Value}", new[] { created }, null,
                new[] { "openstack", "stack", "resource", "list", "--filter", "type=OS::Heat::AutoScalingGroup", name });
        }
    }
}
