using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Capacity;

/// <summary>
/// The overcommit ratios that apply to a host (docs/reference.md, first that applies): the value
/// written in its hypervisor block; 1.0 and 1.0 for a host in the compute list of a CloudStack
/// cloud; otherwise cpu 4.0 and ram 1.0. <see cref="Source"/> says which, for messages.
/// </summary>
public sealed record Ratios(decimal Cpu, decimal Ram, string CpuSource, string RamSource)
{
    /// <summary>Finds the ratios of many hosts: CloudStack membership is gathered once, so this stays linear.</summary>
    public sealed class Resolver
    {
        private readonly HashSet<string> _cloudStackHosts;

        public Resolver(TopologyModel model)
        {
            _cloudStackHosts = model.Clouds
                .Where(cloud => cloud.Platform?.Value == CloudPlatform.CloudStack)
                .SelectMany(cloud => cloud.Compute)
                .Select(host => host.Value)
                .ToHashSet(System.StringComparer.Ordinal);
        }

        /// <summary>The host's ratios; null when one was written but is in error (already reported).</summary>
        public Ratios? For(HostModel host)
        {
            if (host.Hypervisor?.RatiosInError == true)
            {
                return null;
            }

            var inCloudStack = _cloudStackHosts.Contains(host.Name.Value);
            var (cpuDefault, ramDefault, source) = inCloudStack
                ? (Platforms.CloudStack.DefaultCpuAllocationRatio, Platforms.CloudStack.DefaultRamAllocationRatio, "CloudStack's overprovisioning factor")
                : (Platforms.StandaloneCpuAllocationRatio, Platforms.StandaloneRamAllocationRatio, "the default");
            var cpu = host.Hypervisor?.CpuAllocationRatio;
            var ram = host.Hypervisor?.RamAllocationRatio;
            return new Ratios(cpu?.Value ?? cpuDefault, ram?.Value ?? ramDefault, cpu is null ? source : "written", ram is null ? source : "written");
        }
    }
}
