using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Names;
using R = TopoLang.Runtime;
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
        RuntimeType<R.Host>(),
        String(host.Name.Value),
        Enum(host.Arch.Value),
        Cpu(host.Cpu),
        Size(host.Memory?.Value ?? 0),
        Size(host.Storage?.Value),
        Hypervisor(host.Hypervisor));

    public ExpressionSyntax Guest(GuestModel guest)
    {
        var common = new[]
        {
            String(guest.Name.Value),
            Enum(guest.Os?.Value ?? OsFamily.Other),
            String(guest.Distro),
            guest.Arch is { } arch ? Enum(arch.Value) : Null,
            Int(guest.Vcpus?.Value ?? 1),
            Size(guest.Memory?.Value ?? 0),
            Array(RuntimeType<R.Disk>(), guest.Disks.Select(Disk)),
            Array(RuntimeType<R.Nic>(), guest.Nics.Select(Nic)),
            Bool(guest.Autostart),
        };

        if (guest.Kind == GuestKind.DomU)
        {
            return New(RuntimeType<R.DomU>(), common.Concat(new[]
            {
                Enum(guest.Mode?.Value ?? DomUMode.Pv),
                Bool(guest.PvDrivers?.Value ?? false),
                String(guest.Backend?.Value),
                NestedHypervisor(guest.NestedHypervisor),
            }).ToArray());
        }

        return New(RuntimeType<R.Guest>(), common.Concat(new[]
        {
            guest.CpuMode is { } mode ? Enum(mode.Value) : Null,
            NestedHypervisor(guest.NestedHypervisor),
        }).ToArray());
    }

    public ExpressionSyntax Network(NetworkModel network) => New(
        RuntimeType<R.Network>(),
        String(network.Name.Value),
        New(RuntimeType<R.Cidr>(), String(network.Cidr?.Value.Text ?? "0.0.0.0/0")),
        String(network.Gateway?.Value.Text),
        Int(network.Vlan?.Value),
        Enum(network.Mode));

    public ExpressionSyntax Provider(ProviderModel provider) => New(
        RuntimeType<R.Provider>(),
        String(provider.Name.Value),
        Enum(provider.Platform?.Value ?? CloudPlatform.OpenStack),
        Array(RuntimeType<R.ScalingMode>(), provider.Scaling.Select(Enum)),
        Strings(provider.Services),
        Decimal(provider.MonthlyFee?.Amount),
        String(provider.MonthlyFee?.Currency));

    public ExpressionSyntax Cloud(CloudModel cloud) => New(
        RuntimeType<R.Cloud>(),
        String(cloud.Name.Value),
        Enum(cloud.Platform?.Value ?? CloudPlatform.OpenStack),
        String(cloud.Provider?.Value),
        String(cloud.Region),
        Strings(cloud.Compute.Select(host => host.Value)),
        cloud.Quota is { } quota ? New(RuntimeType<R.Quota>(), Int(quota.Vcpus), Size(quota.Memory), Int(quota.Instances)) : Null);

    public ExpressionSyntax Deployment(DeploymentModel deployment) => New(
        RuntimeType<R.Deployment>(),
        String(deployment.Name.Value),
        String(deployment.Cloud?.Value ?? string.Empty),
        Strings(deployment.Uses.Select(service => service.Value)),
        Array(RuntimeType<R.Instance>(), deployment.Instances.Select(Instance)));

    private ExpressionSyntax Instance(InstanceModel instance) => New(
        RuntimeType<R.Instance>(),
        String(instance.Name.Value),
        String(instance.Image ?? string.Empty),
        New(RuntimeType<R.Flavor>(), Int(instance.Flavor?.Vcpus?.Value ?? 1), Size(instance.Flavor?.Memory?.Value ?? 0), Size(instance.Flavor?.Disk?.Value)),
        Int(instance.Count.Value),
        String(instance.Network?.Value),
        instance.ScaleOut is { } scaleOut
            ? New(
                RuntimeType<R.ScaleOutPolicy>(),
                Int(scaleOut.Min?.Value ?? 0),
                Int(scaleOut.Max?.Value ?? 0),
                Decimal(scaleOut.CpuAbove),
                Decimal(scaleOut.CpuBelow),
                Call("global::" + typeof(System.TimeSpan).FullName, nameof(System.TimeSpan.FromMilliseconds), Long(scaleOut.CooldownMilliseconds)))
            : Null,
        instance.ScaleUp is { } scaleUp ? New(RuntimeType<R.ScaleUpPolicy>(), Int(scaleUp.MaxVcpus?.Value), Size(scaleUp.MaxMemory?.Value)) : Null);

    private static ExpressionSyntax Cpu(CpuModel? cpu) => cpu is null
        ? New(RuntimeType<R.Cpu>(), Enum(CpuVendor.Intel), Null, Int(1), Int(1), Int(1), Strings(System.Array.Empty<string>()))
        : New(
            RuntimeType<R.Cpu>(),
            Enum(cpu.Vendor.Value),
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
            return New(RuntimeType<R.QemuHypervisor>(), Null, Size(0), String("tcg"), Array(RuntimeType<R.Guest>(), System.Array.Empty<ExpressionSyntax>()));
        }

        var version = String(hypervisor.Version);
        var reserved = Size(hypervisor.ReservedMemory?.Value ?? 0);
        return hypervisor.Kind.Value switch
        {
            HypervisorKind.Kvm => New(
                RuntimeType<R.KvmHypervisor>(),
                version,
                Bool(hypervisor.Nested.Value),
                Decimal(hypervisor.CpuAllocationRatio?.Value),
                Decimal(hypervisor.RamAllocationRatio?.Value),
                reserved,
                String(hypervisor.Emulator),
                String(hypervisor.EmulatorVersion),
                Array(RuntimeType<R.Guest>(), hypervisor.Guests.Select(GuestReference))),
            HypervisorKind.Qemu => New(
                RuntimeType<R.QemuHypervisor>(),
                version,
                reserved,
                String(hypervisor.Accelerator ?? "tcg"),
                Array(RuntimeType<R.Guest>(), hypervisor.Guests.Select(GuestReference))),
            _ => New(
                RuntimeType<R.XenHypervisor>(),
                version,
                Bool(hypervisor.Nested.Value),
                Decimal(hypervisor.CpuAllocationRatio?.Value),
                Decimal(hypervisor.RamAllocationRatio?.Value),
                reserved,
                hypervisor.Dom0 is { } dom0 ? New(RuntimeType<R.Dom0>(), Int(dom0.Vcpus?.Value ?? 1), Size(dom0.Memory?.Value ?? 0), Backends(dom0)) : Null,
                Array(RuntimeType<R.DriverDomain>(), hypervisor.DriverDomains.Select(domain =>
                    New(RuntimeType<R.DriverDomain>(), String(domain.Name), Int(domain.Vcpus?.Value ?? 1), Size(domain.Memory?.Value ?? 0), Backends(domain)))),
                Array(RuntimeType<R.DomU>(), hypervisor.Guests.Select(GuestReference))),
        };
    }

    private ExpressionSyntax GuestReference(GuestModel guest) => Path(_guestsClass + _guestMembers[guest].Identifier);

    private static ExpressionSyntax Backends(XenDomainModel domain) =>
        Array(RuntimeType<R.XenBackend>(), domain.Backends.Select(Enum));

    private static ExpressionSyntax Disk(DiskModel disk) => New(
        RuntimeType<R.Disk>(),
        String(disk.Name.Value),
        Size(disk.Size?.Value ?? 0),
        Enum(disk.Bus),
        disk.Format is { } format ? Enum(format) : Null);

    private static ExpressionSyntax Nic(NicModel nic) => New(
        RuntimeType<R.Nic>(),
        String(nic.Network.Value),
        String(nic.Ip?.Value.Text),
        nic.DeviceModel is { } model ? Enum(model) : Null);
}
