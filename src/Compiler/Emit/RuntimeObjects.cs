using System;
using System.Linq;
using TopoLang.Compiler.Model;
using R = TopoLang.Runtime;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// Builds TopoLang.Runtime objects from the bound model in process, for tools that need them
/// without compiling generated code (`topo probe FILE --host NAME`). The generated C# builds the
/// same objects; the emitter's tests compare the two.
/// </summary>
public static class RuntimeObjects
{
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

    private static R.Disk[] Disks(GuestModel guest) => guest.Disks
        .Select(d => new R.Disk(d.Name.Value, R.Size.FromBytes(d.Size?.Value ?? 0), d.Bus, d.Format))
        .ToArray();

    private static R.Nic[] Nics(GuestModel guest) => guest.Nics
        .Select(n => new R.Nic(n.Network.Value, n.Ip?.Value.Text, n.DeviceModel))
        .ToArray();

    private static R.XenBackend[] Backends(XenDomainModel domain) => domain.Backends.ToArray();
}
