using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TopoLang.Compiler.Model;
using Size = TopoLang.Runtime.Size;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>The label lines of each kind of node: name first, then what tells it apart.</summary>
public static class GraphLabels
{
    public static IEnumerable<string> Host(HostModel host)
    {
        yield return host.Name.Value;
        if (host.Hypervisor is { } hypervisor)
        {
            yield return Hypervisor(hypervisor);
        }

        if (host.Cpu is { } cpu)
        {
            yield return JoinWith(", ", Join(ModelWords.ToWord(cpu.Vendor.Value), cpu.ModelName), ModelWords.ToWord(host.Arch.Value));
        }

        if (host.Memory is { } memory)
        {
            yield return Size.FromBytes(memory.Value) + " memory";
        }
    }

    public static IEnumerable<string> Guest(GuestModel guest)
    {
        yield return guest.Name.Value;
        var os = guest.Os is { } family ? ModelWords.ToWord(family.Value) : null;
        var mode = guest.Mode is { } domUMode && guest.Kind == GuestKind.DomU ? ModelWords.ToWord(domUMode.Value) : null;
        yield return Join(os, guest.Distro, mode is null ? null : "(" + mode + ")");
        yield return Shape(guest.Vcpus?.Value, guest.Memory?.Value);
        if (guest.NestedHypervisor is { } nested)
        {
            yield return "runs " + Hypervisor(nested);
        }
    }

    public static IEnumerable<string> XenDomain(XenDomainModel domain)
    {
        yield return domain.Name;
        if (!domain.IsDom0)
        {
            yield return "driver domain";
        }

        yield return Shape(domain.Vcpus?.Value, domain.Memory?.Value);
        if (!domain.Backends.IsEmpty)
        {
            yield return "backends " + string.Join(", ", domain.Backends.Select(ModelWords.ToWord));
        }
    }

    public static IEnumerable<string> Network(NetworkModel network)
    {
        yield return network.Name.Value;
        if (network.Cidr is { } cidr)
        {
            yield return cidr.Value.Text;
        }

        yield return JoinWith(", ", network.Vlan is { } vlan ? "vlan " + vlan.Value.ToString(CultureInfo.InvariantCulture) : null, ModelWords.ToWord(network.Mode));
    }

    public static IEnumerable<string> Cloud(CloudModel cloud)
    {
        yield return cloud.Name.Value;
        yield return JoinWith(", ", cloud.Platform is { } platform ? ModelWords.ToWord(platform.Value) : null, cloud.Provider is { } provider ? "provider " + provider.Value : null);
        if (cloud.Region is { } region)
        {
            yield return "region " + region;
        }
    }

    public static IEnumerable<string> Deployment(DeploymentModel deployment)
    {
        yield return deployment.Name.Value;
        yield return "deployment";
    }

    public static IEnumerable<string> Instance(InstanceModel instance)
    {
        yield return instance.Name.Value;
        if (instance.Image is { } image)
        {
            yield return image;
        }

        yield return Shape(instance.Flavor?.Vcpus?.Value, instance.Flavor?.Memory?.Value);
        yield return instance.ScaleOut is { } scaleOut
            ? $"count {Count(instance.Count.Value)}, scale out {Count(scaleOut.Min?.Value)}..{Count(scaleOut.Max?.Value)}"
            : "count " + Count(instance.Count.Value);
    }

    /// <summary>`xen 4.17`, `kvm, qemu 8.2` (its device model), `qemu, tcg` (its accelerator).</summary>
    private static string Hypervisor(HypervisorModel hypervisor) => hypervisor.Kind.Value switch
    {
        HypervisorKind.Kvm => JoinWith(", ", Join("kvm", hypervisor.Version), Join(hypervisor.Emulator, hypervisor.EmulatorVersion)),
        HypervisorKind.Qemu => JoinWith(", ", Join("qemu", hypervisor.Version), hypervisor.Accelerator),
        var kind => Join(ModelWords.ToWord(kind), hypervisor.Version),
    };

    private static string Shape(int? vcpus, long? memory) =>
        JoinWith(", ", vcpus is { } v ? v.ToString(CultureInfo.InvariantCulture) + " vCPU" : null, memory is { } m ? Size.FromBytes(m).ToString() : null);

    private static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Join(params string?[] parts) => JoinWith(" ", parts);

    /// <summary>The parts that are there, joined: written for every guest of a fleet, so without a query over them.</summary>
    private static string JoinWith(string separator, params string?[] parts)
    {
        var present = 0;
        foreach (var part in parts)
        {
            present += string.IsNullOrEmpty(part) ? 0 : 1;
        }

        if (present == parts.Length)
        {
            return string.Join(separator, parts);
        }

        var kept = new string[present];
        present = 0;
        foreach (var part in parts)
        {
            if (!string.IsNullOrEmpty(part))
            {
                kept[present++] = part;
            }
        }

        return string.Join(separator, kept);
    }
}
