using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Globalization;
using System.Linq;
using TopoLang.Compiler.Model;
using Size = TopoLang.Runtime.Size;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>The label lines of each kind of node: name first, then what tells it apart.</summary>
public static class GraphLabels
{
    public static ImmutableArray<string> Host(HostModel host) => Lines(
        host.Name.Value,
        host.Hypervisor is { } hypervisor ? Hypervisor(hypervisor) : null,
        host.Cpu is { } cpu ? JoinWith(", ", Join(ModelWords.ToWord(cpu.Vendor.Value), cpu.ModelName), ModelWords.ToWord(host.Arch.Value)) : null,
        host.Memory is { } memory ? Size.FromBytes(memory.Value) + " memory" : null);

    /// <summary>A guest's lines; what many guests share (their OS, their shape) is made once in <paramref name="shared"/>.</summary>
    public static ImmutableArray<string> Guest(GuestModel guest, GraphLabelParts shared)
    {
        var os = guest.Os is { } family ? ModelWords.ToWord(family.Value) : null;
        var mode = guest.Mode is { } domUMode && guest.Kind == GuestKind.DomU ? ModelWords.ToWord(domUMode.Value) : null;
        return Lines(
            guest.Name.Value,
            shared.System(os, guest.Distro, mode),
            shared.Shape(guest.Vcpus?.Value, guest.Memory?.Value),
            guest.NestedHypervisor is { } nested ? "runs " + Hypervisor(nested) : null);
    }

    public static ImmutableArray<string> XenDomain(XenDomainModel domain) => Lines(
        domain.Name,
        domain.IsDom0 ? null : "driver domain",
        Shape(domain.Vcpus?.Value, domain.Memory?.Value),
        domain.Backends.IsEmpty ? null : "backends " + string.Join(", ", domain.Backends.Select(ModelWords.ToWord)));

    public static ImmutableArray<string> Network(NetworkModel network) => Lines(
        network.Name.Value,
        network.Cidr?.Value.Text,
        JoinWith(", ", network.Vlan is { } vlan ? "vlan " + vlan.Value.ToString(CultureInfo.InvariantCulture) : null, ModelWords.ToWord(network.Mode)));

    public static ImmutableArray<string> Cloud(CloudModel cloud) => Lines(
        cloud.Name.Value,
        JoinWith(", ", cloud.Platform is { } platform ? ModelWords.ToWord(platform.Value) : null, cloud.Provider is { } provider ? "provider " + provider.Value : null),
        cloud.Region is { } region ? "region " + region : null);

    public static ImmutableArray<string> Deployment(DeploymentModel deployment) => Lines(deployment.Name.Value, "deployment");

    public static ImmutableArray<string> Instance(InstanceModel instance) => Lines(
        instance.Name.Value,
        instance.Image,
        Shape(instance.Flavor?.Vcpus?.Value, instance.Flavor?.Memory?.Value),
        instance.ScaleOut is { } scaleOut
            ? $"count {Count(instance.Count.Value)}, scale out {Count(scaleOut.Min?.Value)}..{Count(scaleOut.Max?.Value)}"
            : "count " + Count(instance.Count.Value));

    /// <summary>The lines that are there (neither null nor empty), in one array of their number.</summary>
    private static ImmutableArray<string> Lines(string? first, string? second = null, string? third = null, string? fourth = null)
    {
        var lines = new string[Present(first) + Present(second) + Present(third) + Present(fourth)];
        var count = 0;
        foreach (var line in (ReadOnlySpan<string?>)[first, second, third, fourth])
        {
            if (!string.IsNullOrEmpty(line))
            {
                lines[count++] = line;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(lines);
    }

    private static int Present(string? line) => string.IsNullOrEmpty(line) ? 0 : 1;

    /// <summary>`xen 4.17`, `kvm, qemu 8.2` (its device model), `qemu, tcg` (its accelerator).</summary>
    private static string Hypervisor(HypervisorModel hypervisor) => hypervisor.Kind.Value switch
    {
        HypervisorKind.Kvm => JoinWith(", ", Join("kvm", hypervisor.Version), Join(hypervisor.Emulator, hypervisor.EmulatorVersion)),
        HypervisorKind.Qemu => JoinWith(", ", Join("qemu", hypervisor.Version), hypervisor.Accelerator),
        var kind => Join(ModelWords.ToWord(kind), hypervisor.Version),
    };

    /// <summary>A guest's OS family, distro and, for a domU, its mode: `linux ubuntu (pvh)`.</summary>
    internal static string System(string? os, string? distro, string? mode) => Join(os, distro, mode is null ? null : "(" + mode + ")");

    internal static string Shape(int? vcpus, long? memory) =>
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
