using System;
using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>What the cloud targets plan for a cloud: its compute hosts that run a hypervisor, and the deployments on it.</summary>
internal static class CloudParts
{
    /// <summary>The platform a cloud's steps are for: OpenStack when it names none.</summary>
    public static CloudPlatform PlatformOf(CloudModel cloud) => cloud.Platform?.Value ?? CloudPlatform.OpenStack;

    public static IEnumerable<(string Host, HypervisorModel Hypervisor)> ComputeHosts(TopologyModel model, CloudModel cloud)
    {
        foreach (var host in cloud.Compute.Select(h => h.Value).Distinct(StringComparer.Ordinal))
        {
            if (model.FindHost(host) is { Hypervisor: { } hypervisor })
            {
                yield return (host, hypervisor);
            }
        }
    }

    public static IEnumerable<DeploymentModel> Deployments(TopologyModel model, CloudModel cloud) =>
        model.Deployments.Where(d => d.Cloud?.Value == cloud.Name.Value);
}
