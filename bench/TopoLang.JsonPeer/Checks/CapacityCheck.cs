using System;
using System.Collections.Generic;
using System.Linq;
using TopoLang.JsonPeer.Model;

namespace TopoLang.JsonPeer.Checks;

/// <summary>
/// TOPO4001 and TOPO4002: a host's dom0 and guests need no more memory than
/// (memory − reserved) × ram ratio, and no more vCPUs than threads × cpu ratio, each rounded
/// down, with the ratios the compiler picks (written, CloudStack's, or the standalone ones).
/// </summary>
public static class CapacityCheck
{
    public static void Run(JsonFleet fleet, List<Finding> findings)
    {
        var cloudStackHosts = fleet.Clouds
            .Where(cloud => cloud.Platform == "cloudstack")
            .SelectMany(cloud => cloud.Compute)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var host in fleet.Hosts)
        {
            CheckHost(host, cloudStackHosts.Contains(host.Name), findings);
        }
    }

    private static void CheckHost(JsonHost host, bool inCloudStack, List<Finding> findings)
    {
        var hypervisor = host.Hypervisor;
        var cpuRatio = hypervisor.CpuAllocationRatio ?? (inCloudStack ? AllocationDefaults.CloudStackCpuRatio : AllocationDefaults.StandaloneCpuRatio);
        var ramRatio = hypervisor.RamAllocationRatio ?? (inCloudStack ? AllocationDefaults.CloudStackRamRatio : AllocationDefaults.StandaloneRamRatio);
        var reserved = hypervisor.ReservedMemoryBytes
            ?? (hypervisor.Kind == "xen" ? AllocationDefaults.XenReservedMemoryBytes : AllocationDefaults.KvmReservedMemoryBytes);

        // decimal holds these products exactly: byte counts and ratios of a few digits stay far
        // below its 28 digits, where the compiler needs BigInteger for any input.
        decimal availableMemory = host.MemoryBytes <= reserved ? 0 : decimal.Floor((host.MemoryBytes - reserved) * ramRatio);
        decimal availableVcpus = decimal.Floor((decimal)host.Cpu.Sockets * host.Cpu.Cores * host.Cpu.Threads * cpuRatio);

        var (neededMemory, neededVcpus) = Needs(hypervisor);
        if (neededMemory > availableMemory)
        {
            findings.Add(new Finding("TOPO4001", $"host '{host.Name}' needs {neededMemory} bytes of {availableMemory}"));
        }

        if (neededVcpus > availableVcpus)
        {
            findings.Add(new Finding("TOPO4002", $"host '{host.Name}' needs {neededVcpus} vCPUs of {availableVcpus}"));
        }
    }

    private static (decimal Memory, decimal Vcpus) Needs(JsonHypervisor hypervisor)
    {
        decimal memory = 0;
        decimal vcpus = 0;
        if (hypervisor is { Kind: "xen", Dom0: { } dom0 })
        {
            memory += dom0.MemoryBytes;
            vcpus += dom0.Vcpus;
        }

        foreach (var guest in hypervisor.Guests)
        {
            memory += guest.MemoryBytes;
            vcpus += guest.Vcpus;
        }

        return (memory, vcpus);
    }
}
