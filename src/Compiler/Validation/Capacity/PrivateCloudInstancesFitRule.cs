using System.Collections.Generic;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Capacity;

namespace TopoLang.Compiler.Validation.Capacity;

/// <summary>
/// TOPO4004: a private cloud's instances, each at its largest shape, placed first-fit
/// decreasing onto its compute hosts in what their own guests leave; each instance that does
/// not fit is reported once.
/// </summary>
public sealed class PrivateCloudInstancesFitRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.PrivateCloudDoesNotFit.Code;

    public void Check(RuleContext context)
    {
        var model = context.Model;
        var capacities = context.Semantics.HostCapacities;
        var deployments = DeploymentsByCloud(model);
        foreach (var cloud in model.Clouds)
        {
            // A second cloud of the same name is TOPO1002; deployments resolve to the first.
            if (cloud.Compute.IsEmpty || !ReferenceEquals(model.FindCloud(cloud.Name.Value), cloud))
            {
                continue;
            }

            var demands = Demands(deployments.GetValueOrDefault(cloud.Name.Value));
            foreach (var shortfall in InstancePlacement.Place(demands, Rooms(model, capacities, cloud)))
            {
                context.Report(Describe(cloud, shortfall));
            }
        }
    }

    private static Dictionary<string, List<DeploymentModel>> DeploymentsByCloud(TopologyModel model)
    {
        var byCloud = new Dictionary<string, List<DeploymentModel>>(System.StringComparer.Ordinal);
        foreach (var deployment in model.Deployments)
        {
            if (deployment.Cloud is { } cloud)
            {
                if (!byCloud.TryGetValue(cloud.Value, out var list))
                {
                    byCloud.Add(cloud.Value, list = new List<DeploymentModel>());
                }

                list.Add(deployment);
            }
        }

        return byCloud;
    }

    // What each listed host's guests leave. A host listed twice gives its room once; a name
    // that is no host, or a host whose capacity is unknown, was reported elsewhere or cannot
    // be judged, and is left out.
    private static List<ComputeRoom> Rooms(TopologyModel model, HostCapacities capacities, CloudModel cloud)
    {
        var rooms = new List<ComputeRoom>(cloud.Compute.Length);
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var name in cloud.Compute)
        {
            if (seen.Add(name.Value) && model.FindHost(name.Value) is { } host && capacities.For(host) is { } capacity)
            {
                rooms.Add(new ComputeRoom(name.Value, capacity.MemoryLeft, capacity.VcpusLeft));
            }
        }

        return rooms;
    }

    // Every instance at its largest shape; one whose size is missing or in error is left out.
    private static List<InstanceDemand<(DeploymentModel, InstanceModel)>> Demands(List<DeploymentModel>? deployments)
    {
        var demands = new List<InstanceDemand<(DeploymentModel, InstanceModel)>>();
        foreach (var deployment in deployments ?? new List<DeploymentModel>())
        {
            foreach (var instance in deployment.Instances)
            {
                if (instance is { ShapeInError: false, LargestMemory: { } memory, LargestVcpus: { } vcpus, LargestCount: > 0 })
                {
                    demands.Add(new((deployment, instance), memory, vcpus, instance.LargestCount));
                }
            }
        }

        return demands;
    }

    private static Diagnostic Describe(CloudModel cloud, PlacementShortfall<(DeploymentModel, InstanceModel)> shortfall)
    {
        var (deployment, instance) = shortfall.Demand.Instance;
        var demand = shortfall.Demand;
        var needs = $"{CapacityText.Size(demand.Memory)} of memory and {CapacityText.Count(demand.Vcpus, "vCPU", "vCPUs")} per copy, {CapacityText.Count(demand.Copies, "copy", "copies")}";
        var room = shortfall.Roomiest;
        var left = $"the compute host with the most room, '{room.Host}', has {CapacityText.Size(room.Memory)} of memory and {CapacityText.Count(room.Vcpus, "vCPU", "vCPUs")} left";
        var fitted = shortfall.Placed == 0 ? $"not one fits: {left}" : $"{shortfall.Placed} fit, then {left}";
        var diagnostic = DiagnosticFactory.PrivateCloudDoesNotFit(instance.Name.Location, instance.Name.Value, deployment.Name.Value, cloud.Name.Value, needs, fitted);
        return cloud.ComputeLocation is { } compute
            ? diagnostic.WithRelated(new RelatedLocation(compute, $"cloud '{cloud.Name.Value}' runs its instances on these hosts"))
            : diagnostic;
    }
}
