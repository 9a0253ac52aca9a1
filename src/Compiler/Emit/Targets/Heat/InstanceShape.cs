using System.Collections.Generic;
using System.Globalization;
using TopoLang.Compiler.Model;
using TopoLang.Runtime;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>The vCPUs, memory and disk of one server; a part the topology leaves out is null.</summary>
public sealed record InstanceShape(int? Vcpus, long? Memory, long? Disk)
{
    public static InstanceShape Of(InstanceModel instance) =>
        new(instance.Flavor?.Vcpus?.Value, instance.Flavor?.Memory?.Value, instance.Flavor?.Disk?.Value);

    /// <summary>The shape `scale up` may grow to: its maxima where given, the flavor's values elsewhere; the disk stays.</summary>
    public static InstanceShape Largest(InstanceModel instance) =>
        new(instance.LargestVcpus, instance.LargestMemory, instance.Flavor?.Disk?.Value);

    /// <summary>"2 vCPUs, 4 GiB memory, 40 GiB disk".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Vcpus is { } vcpus)
        {
            parts.Add(Count(vcpus) + (vcpus == 1 ? " vCPU" : " vCPUs"));
        }

        if (Memory is { } memory)
        {
            parts.Add(Size.FromBytes(memory) + " memory");
        }

        if (Disk is { } disk)
        {
            parts.Add(Size.FromBytes(disk) + " disk");
        }

        return parts.Count == 0 ? "shape not given" : string.Join(", ", parts);
    }

    /// <summary>
    /// A flavor name made of the shape, "2vcpu-4gib-40gib": the default an operator replaces
    /// with the cloud's real flavor. The disk is part of it since a Nova flavor fixes the root disk.
    /// </summary>
    public string FlavorName()
    {
        var parts = new List<string>();
        if (Vcpus is { } vcpus)
        {
            parts.Add(Count(vcpus) + "vcpu");
        }

        if (Memory is { } memory)
        {
            parts.Add(Compact(memory));
        }

        if (Disk is { } disk)
        {
            parts.Add(Compact(disk));
        }

        return parts.Count == 0 ? "flavor" : string.Join("-", parts);
    }

    /// <summary>"4 GiB" as "4gib".</summary>
    private static string Compact(long bytes) => Size.FromBytes(bytes).ToString().Replace(" ", string.Empty).ToLowerInvariant();

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
