using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopoLang.Compiler.Model;
using static TopoLang.Compiler.Emit.CSharp.Expressions;

namespace TopoLang.Compiler.Emit.CSharp;

/// <summary>
/// The C# expression that builds each model entity as a TopoLang.Runtime object. Called only on
/// a topology without errors, so every value is present; the fallbacks keep it total anyway.
/// </summary>
internal sealed class RuntimeExpressions
{
    private readonly string _guestsClass;
    private readonly System.Collections.Generic.IReadOnlyDictionary<GuestModel, MemberName> _guestMembers;

    /// <param name="qualifiedClass">The generated class, fully qualified: guests are referred to through it, so that no member can shadow the path.</param>
    /// <param name="guestMembers">Each guest's member in the Guests class, by reference.</param>
    public RuntimeExpressions(string qualifiedClass, System.Collections.Generic.IReadOnlyDictionary<GuestModel, MemberName> guestMembers)
    {
        _guestsClass = qualifiedClass + ".Guests.";
        _guestMembers = guestMembers;
    }

    public ExpressionSyntax Host(HostModel host) => New(
        RuntimeNamespace + "Host",
        String(host.Name.Value),
        Enum("Architecture", host.Arch.Value.ToString()),
        Cpu(host.Cpu),
        Size(host.Memory?.Value ?? 0),
        Size(host.Storage?.Value),
        Hypervisor(host.Hypervisor));

    public ExpressionSyntax Guest(GuestModel guest)
    {
        var common = new[]
        {
            String(guest.Name.Value),
            Enum("OsFamily", (guest.Os?.Value ?? OsFamily.Other).ToString()),
            String(guest.Distro),
            guest.Arch is { } arch ? Enum("Architecture", arch.Value.ToString()) : Null,
            Int(guest.Vcpus?.Value ?? 1),
            Size(guest.Memory?.Value ?? 0),
            Array(RuntimeNamespace + "Disk", guest.Disks.Select(Disk)),
            Array(RuntimeNamespace + "Nic", guest.Nics.Select(Nic)),
            Bool(guest.Autostart),
        };

        if (guest.Kind == GuestKind.DomU)
        {
            return New(RuntimeNamespace + "DomU", common.Concat(new[]
            {
                Enum("DomUMode", (guest.Mode?.Value ?? DomUMode.Pv).ToString()),
                Bool(guest.PvDrivers?.Value ?? false),
                String(guest.Backend?.Value),
                NestedHypervisor(guest.NestedHypervisor),
            }).ToArray());
        }

        return New(RuntimeNamespace + "Guest", common.Concat(new[]
        {
            guest.CpuMode is { } mode ? Enum("CpuMode", mode.Value.ToString()) : Null,
            NestedHypervisor(guest.NestedHypervisor),
        }).ToArray());
    }

    public ExpressionSyntax Network(NetworkModel network) => New(
        RuntimeNamespace + "Network",
        String(network.Name.Value),
        New(RuntimeNamespace + "Cidr", String(network.Cidr?.Value ?? "0.0.0.0/0")),
        String(network.Gateway?.Value),
        Int(network.Vlan?.Value),
        Enum("NetworkMode", network.Mode.ToString()));

    public ExpressionSyntax Provider(ProviderModel provider) => New(
        RuntimeNamespace + "Provider",
        String(provider.Name.Value),
        Enum("CloudPlatform", (provider.Platform?.Value ?? CloudPlatform.OpenStack).ToString()),
        Array(RuntimeNamespace + "ScalingMode", provider.Scaling.Select(mode => Enum("ScalingMode", CSharpIdentifiers.ToPascalCase(mode)))),
        Strings(provider.Services),
        Decimal(provider.MonthlyFee?.Amount),
        String(provider.MonthlyFee?.Currency));

    public ExpressionSyntax Cloud(CloudModel cloud) => New(
        RuntimeNamespace + "Cloud",
        String(cloud.Name.Value),
        Enum("CloudPlatform", (cloud.Platform?.Value ?? CloudPlatform.OpenStack).ToString()),
        String(cloud.Provider?.Value),
        String(cloud.Region),
        Strings(cloud.Compute.Select(host => host.Value)),
        cloud.Quota is { } quota ? New(RuntimeNamespace + "Quota", Int(quota.Vcpus), Size(quota.Memory), Int(quota.Instances)) : Null);

    public ExpressionSyntax Deployment(DeploymentModel deployment) => New(
        RuntimeNamespace + "Deployment",
        String(deployment.Name.Value),
        String(deployment.Cloud?.Value ?? string.Empty),
        Strings(deployment.Uses.Select(service => service.Value)),
        Array(RuntimeNamespace + "Instance", deployment.Instances.Select(Instance)));

    private ExpressionSyntax Instance(InstanceModel instance) => New(
        RuntimeNamespace + "Instance",
        String(instance.Name.Value),
        String(instance.Image ?? string.Empty),
        New(RuntimeNamespace + "Flavor", Int(instance.Flavor?.Vcpus?.Value ?? 1), Size(instance.Flavor?.Memory?.Value ?? 0), Size(instance.Flavor?.Disk?.Value)),
        Int(instance.Count.Value),
        String(instance.Network?.Value),
        instance.ScaleOut is { } scaleOut
            ? New(
                RuntimeNamespace + "ScaleOutPolicy",
                Int(scaleOut.Min?.Value ?? 0),
                Int(scaleOut.Max?.Value ?? 0),
                Decimal(scaleOut.CpuAbove),
                Decimal(scaleOut.CpuBelow),
                Call("global::System.TimeSpan", "FromMilliseconds", Long(scaleOut.CooldownMilliseconds)))
            : Null,
        instance.ScaleUp is { } scaleUp ? New(RuntimeNamespace + "ScaleUpPolicy", Int(scaleUp.MaxVcpus?.Value), Size(scaleUp.MaxMemory?.Value)) : Null);

    private static ExpressionSyntax Cpu(CpuModel? cpu) => cpu is null
        ? New(RuntimeNamespace + "Cpu", Enum("CpuVendor", "Intel"), Null, Int(1), Int(1), Int(1), Strings(System.Array.Empty<string>()))
        : New(
            RuntimeNamespace + "Cpu",
            Enum("CpuVendor", cpu.Vendor.Value.ToString()),
            String(cpu.ModelName),
            Int(cpu.Sockets?.Value ?? 1),
            Int(cpu.Cores?.Value ?? 1),
            Int(cpu.ThreadsPerCore?.Value ?? 1),
            Strings(cpu.Features.Select(f => f.Value)));

    private ExpressionSyntax NestedHypervisor(HypervisorModel? hypervisor) => hypervisor is null ? Null : Hypervisor(hypervisor);

    private ExpressionSyntax Hypervisor(HypervisorModel? hypervisor)
    {
        if (hypervisor is null)
        {
            return New(RuntimeNamespace + "QemuHypervisor", Null, Size(0), String("tcg"), Array(RuntimeNamespace + "Guest", System.Array.Empty<ExpressionSyntax>()));
        }

        var version = String(hypervisor.Version);
        var reserved = Size(hypervisor.ReservedMemory?.Value ?? 0);
        return hypervisor.Kind.Value switch
        {
            HypervisorKind.Kvm => New(
                RuntimeNamespace + "KvmHypervisor",
                version,
                Bool(hypervisor.Nested.Value),
                Decimal(hypervisor.CpuAllocationRatio?.Value),
                Decimal(hypervisor.RamAllocationRatio?.Value),
                reserved,
                String(hypervisor.Emulator),
                String(hypervisor.EmulatorVersion),
                Array(RuntimeNamespace + "Guest", hypervisor.Guests.Select(GuestReference))),
            HypervisorKind.Qemu => New(
                RuntimeNamespace + "QemuHypervisor",
                version,
                reserved,
                String(hypervisor.Accelerator ?? "tcg"),
                Array(RuntimeNamespace + "Guest", hypervisor.Guests.Select(GuestReference))),
            _ => New(
                RuntimeNamespace + "XenHypervisor",
                version,
                Bool(hypervisor.Nested.Value),
                Decimal(hypervisor.CpuAllocationRatio?.Value),
                Decimal(hypervisor.RamAllocationRatio?.Value),
                reserved,
                hypervisor.Dom0 is { } dom0 ? New(RuntimeNamespace + "Dom0", Int(dom0.Vcpus?.Value ?? 1), Size(dom0.Memory?.Value ?? 0), Backends(dom0)) : Null,
                Array(RuntimeNamespace + "DriverDomain", hypervisor.DriverDomains.Select(domain =>
                    New(RuntimeNamespace + "DriverDomain", String(domain.Name), Int(domain.Vcpus?.Value ?? 1), Size(domain.Memory?.Value ?? 0), Backends(domain)))),
                Array(RuntimeNamespace + "DomU", hypervisor.Guests.Select(GuestReference))),
        };
    }

    private ExpressionSyntax GuestReference(GuestModel guest) => Path(_guestsClass + _guestMembers[guest].Identifier);

    private static ExpressionSyntax Backends(XenDomainModel domain) =>
        Array(RuntimeNamespace + "XenBackend", domain.Backends.Select(backend => Enum("XenBackend", CSharpIdentifiers.ToPascalCase(backend))));

    private static ExpressionSyntax Disk(DiskModel disk) => New(
        RuntimeNamespace + "Disk",
        String(disk.Name.Value),
        Size(disk.Size?.Value ?? 0),
        Enum("DiskBus", CSharpIdentifiers.ToPascalCase(disk.Bus)),
        disk.Format is { } format ? Enum("DiskFormat", CSharpIdentifiers.ToPascalCase(format)) : Null);

    private static ExpressionSyntax Nic(NicModel nic) => New(
        RuntimeNamespace + "Nic",
        String(nic.Network.Value),
        String(nic.Ip?.Value),
        nic.DeviceModel is { } model ? Enum("NicDeviceModel", CSharpIdentifiers.ToPascalCase(model)) : Null);
}
