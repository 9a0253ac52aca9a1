using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;
using R = TopoLang.Runtime;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// Builds TopoLang.Runtime objects from the bound model: the one mapping from the compiler's model
/// to the runtime's. The generated C# holds these objects as a <see cref="R.Image.TopologyImage"/>,
/// and tools that need them without compiling generated code (`topo probe FILE --host NAME`) call
/// it directly.
/// </summary>
public static class RuntimeObjects
{
    public static R.Topology Topology(TopologyModel model) => new(
        model.Name,
        model.Namespace,
        model.Hosts.Select(Host).ToArray(),
        model.Networks.Select(Network).ToArray(),
        model.Providers.Select(Provider).ToArray(),
        model.Clouds.Select(Cloud).ToArray(),
        model.Deployments.Select(Deployment).ToArray());

    public static R.DeploymentPlan Plan(DeploymentPlanModel plan) => new(plan.Steps.Select(step => StepFields(step).ToPlanStep()).ToArray());

    /// <summary>
    /// The plan's steps as its image takes them, each made when the image writer comes to it: a
    /// fleet's plan has 300,000 steps, and the image needs none of them as an object.
    /// </summary>
    internal static IReadOnlyList<R.Image.PlanStepFields> PlanSteps(DeploymentPlanModel plan) => new PlanStepList(plan.Steps);

    /// <summary>A step's fields, over the compiler's arrays: they are immutable, so shared rather than copied.</summary>
    private static R.Image.PlanStepFields StepFields(PlanStep step) =>
        new(step.Id, step.Kind, step.Target, ImmutableCollectionsMarshal.AsArray(step.DependsOn)!, step.Artifact, ImmutableCollectionsMarshal.AsArray(step.Command)!);

    public static R.Host Host(HostModel host) => new(
        host.Name.Value,
        host.Arch.Value,
        Cpu(host.Cpu),
        R.Size.FromBytes(host.Memory?.Value ?? 0),
        host.Storage is { } storage ? R.Size.FromBytes(storage.Value) : null,
        Hypervisor(host.Hypervisor));

    private static R.Cpu Cpu(CpuModel? cpu) => cpu is null
        ? new R.Cpu(R.CpuVendor.Intel, null, 1, 1, 1, Array.Empty<string>())
        : new R.Cpu(
            cpu.Vendor.Value,
            cpu.ModelName,
            cpu.Sockets?.Value ?? 1,
            cpu.Cores?.Value ?? 1,
            cpu.ThreadsPerCore?.Value ?? 1,
            cpu.Features.Select(f => f.Value).ToArray());

    private static R.Hypervisor Hypervisor(HypervisorModel? hypervisor)
    {
        if (hypervisor is null)
        {
            return new R.QemuHypervisor(null, R.Size.Zero, "tcg", Array.Empty<R.Guest>());
        }

        var reserved = R.Size.FromBytes(hypervisor.ReservedMemory?.Value ?? 0);
        return hypervisor.Kind.Value switch
        {
            HypervisorKind.Kvm => new R.KvmHypervisor(hypervisor.Version, hypervisor.Nested.Value, hypervisor.CpuAllocationRatio?.Value, hypervisor.RamAllocationRatio?.Value, reserved, hypervisor.Emulator, hypervisor.EmulatorVersion, hypervisor.Guests.Select(Guest).ToArray()),
            HypervisorKind.Qemu => new R.QemuHypervisor(hypervisor.Version, reserved, hypervisor.Accelerator ?? "tcg", hypervisor.Guests.Select(Guest).ToArray()),
            _ => new R.XenHypervisor(
                hypervisor.Version,
                hypervisor.Nested.Value,
                hypervisor.CpuAllocationRatio?.Value,
                hypervisor.RamAllocationRatio?.Value,
                reserved,
                hypervisor.Dom0 is { } dom0 ? new R.Dom0(dom0.Vcpus?.Value ?? 1, R.Size.FromBytes(dom0.Memory?.Value ?? 0), Backends(dom0)) : null,
                hypervisor.DriverDomains.Select(d => new R.DriverDomain(d.Name, d.Vcpus?.Value ?? 1, R.Size.FromBytes(d.Memory?.Value ?? 0), Backends(d))).ToArray(),
                hypervisor.Guests.Select(DomU).ToArray()),
        };
    }

    private static R.Guest Guest(GuestModel guest) => guest.Kind == GuestKind.DomU
        ? DomU(guest)
        : new R.Guest(guest.Name.Value, Os(guest), guest.Distro, Arch(guest), guest.Vcpus?.Value ?? 1, Memory(guest), Disks(guest), Nics(guest), guest.Autostart, guest.CpuMode?.Value, Nested(guest));

    private static R.DomU DomU(GuestModel guest) => new(
        guest.Name.Value, Os(guest), guest.Distro, Arch(guest), guest.Vcpus?.Value ?? 1, Memory(guest), Disks(guest), Nics(guest), guest.Autostart,
        guest.Mode?.Value ?? DomUMode.Pv, guest.PvDrivers?.Value ?? false, guest.Backend?.Value, Nested(guest));

    private static R.OsFamily Os(GuestModel guest) => guest.Os?.Value ?? OsFamily.Other;

    private static R.Architecture? Arch(GuestModel guest) => guest.Arch?.Value;

    private static R.Size Memory(GuestModel guest) => R.Size.FromBytes(guest.Memory?.Value ?? 0);

    private static R.Hypervisor? Nested(GuestModel guest) => guest.NestedHypervisor is { } nested ? Hypervisor(nested) : null;

    // Handed over, not copied again by the guest's constructor.
    private static IReadOnlyList<R.Disk> Disks(GuestModel guest) => R.ReadOnly.HandOver(Each(guest.DiskList, Disk));

    private static IReadOnlyList<R.Nic> Nics(GuestModel guest) => R.ReadOnly.HandOver(Each(guest.NicList, Nic));

    private static R.Disk Disk(DiskModel disk) => new(disk.Name.Value, R.Size.FromBytes(disk.Size?.Value ?? 0), disk.Bus, disk.Format);

    private static R.Nic Nic(NicModel nic) => new(nic.Network.Value, nic.IpText, nic.DeviceModel);

    /// <summary>
    /// A guest's disks or nics, each mapped, read from the list the guest keeps: its Disks and
    /// Nics make an array of one on each read and LINQ an iterator besides, and a fleet has a
    /// hundred thousand guests with a disk and a nic each.
    /// </summary>
    private static TRuntime[] Each<TModel, TRuntime>(OneOrMany<TModel> items, Func<TModel, TRuntime> map)
        where TModel : class
    {
        var mapped = items.IsEmpty ? Array.Empty<TRuntime>() : new TRuntime[items.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = map(items[i]);
        }

        return mapped;
    }

    private static R.XenBackend[] Backends(XenDomainModel domain) => domain.Backends.ToArray();

    private static R.Network Network(NetworkModel network) => new(
        network.Name.Value,
        new R.Cidr(network.Cidr?.Value.Text ?? "0.0.0.0/0"),
        network.Gateway?.Value.Text,
        network.Vlan?.Value,
        network.Mode);

    private static R.Provider Provider(ProviderModel provider) => new(
        provider.Name.Value,
        provider.Platform?.Value ?? R.CloudPlatform.OpenStack,
        provider.Scaling.ToArray(),
        provider.Services.ToArray(),
        provider.MonthlyFee?.Amount,
        provider.MonthlyFee?.Currency);

    private static R.Cloud Cloud(CloudModel cloud) => new(
        cloud.Name.Value,
        cloud.Platform?.Value ?? R.CloudPlatform.OpenStack,
        cloud.Provider?.Value,
        cloud.Region,
        cloud.Compute.Select(host => host.Value).ToArray(),
        cloud.Quota is { } quota ? new R.Quota(quota.Vcpus, quota.Memory is { } memory ? R.Size.FromBytes(memory) : null, quota.Instances) : null);

    private static R.Deployment Deployment(DeploymentModel deployment) => new(
        deployment.Name.Value,
        deployment.Cloud?.Value ?? string.Empty,
        deployment.Uses.Select(service => service.Value).ToArray(),
        deployment.Instances.Select(Instance).ToArray());

    private static R.Instance Instance(InstanceModel instance) => new(
        instance.Name.Value,
        instance.Image ?? string.Empty,
        new R.Flavor(instance.Flavor?.Vcpus?.Value ?? 1, R.Size.FromBytes(instance.Flavor?.Memory?.Value ?? 0), instance.Flavor?.Disk is { } disk ? R.Size.FromBytes(disk.Value) : null),
        instance.Count.Value,
        instance.Network?.Value,
        instance.ScaleOut is { } scaleOut
            ? new R.ScaleOutPolicy(scaleOut.Min?.Value ?? 0, scaleOut.Max?.Value ?? 0, scaleOut.CpuAbove, scaleOut.CpuBelow, TimeSpan.FromMilliseconds(scaleOut.CooldownMilliseconds))
            : null,
        instance.ScaleUp is { } scaleUp ? new R.ScaleUpPolicy(scaleUp.MaxVcpus?.Value, scaleUp.MaxMemory is { } maxMemory ? R.Size.FromBytes(maxMemory.Value) : null) : null);

    /// <summary>The plan's steps as <see cref="StepFields"/> maps them, one when it is read.</summary>
    private sealed class PlanStepList(ImmutableArray<PlanStep> steps) : IReadOnlyList<R.Image.PlanStepFields>
    {
        public int Count => steps.Length;

        public R.Image.PlanStepFields this[int index] => StepFields(steps[index]);

        public IEnumerator<R.Image.PlanStepFields> GetEnumerator()
        {
            foreach (var step in steps)
            {
                yield return StepFields(step);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
