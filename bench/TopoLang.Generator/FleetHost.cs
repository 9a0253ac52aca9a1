using System.Collections.Generic;

namespace TopoLang.Generator;

/// <summary>
/// One host: a KVM host (QEMU as its emulator) when <paramref name="Dom0"/> is null, otherwise a
/// Xen host whose guests are PV domUs.
/// </summary>
public sealed record FleetHost(
    string Name,
    FleetCpu Cpu,
    int MemoryGiB,
    int StorageTiB,
    FleetDom0? Dom0,
    IReadOnlyList<FleetGuest> Guests)
{
    public const string XenVersion = "4.17";
    public const string QemuVersion = "8.2";

    public bool IsXen => Dom0 is not null;
}
