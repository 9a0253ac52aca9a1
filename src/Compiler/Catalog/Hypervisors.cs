using System;
using System.Collections.Immutable;

namespace TopoLang.Compiler.Catalog;

/// <summary>
/// docs/language.md, "What a topology describes" as data: KVM and Xen HVM/PVH need VT-x/AMD-V and run only the host's
/// architecture; Xen PV and QEMU TCG need neither, and TCG can emulate another architecture.
/// </summary>
public static class Hypervisors
{
    public static readonly HypervisorInfo Kvm = new("KVM", NeedsHardwareVirtualization: true, CanEmulateOtherArchitectures: false, "KVM, with QEMU as its device model");
    public static readonly HypervisorInfo QemuTcg = new("QEMU", NeedsHardwareVirtualization: false, CanEmulateOtherArchitectures: true, "QEMU emulation (TCG), far slower than KVM");
    public static readonly HypervisorInfo XenPv = new("Xen PV", NeedsHardwareVirtualization: false, CanEmulateOtherArchitectures: false, "a paravirtualized Xen domain (modified kernel)");
    public static readonly HypervisorInfo XenPvh = new("Xen PVH", NeedsHardwareVirtualization: true, CanEmulateOtherArchitectures: false, "a PVH Xen domain");
    public static readonly HypervisorInfo XenHvm = new("Xen HVM", NeedsHardwareVirtualization: true, CanEmulateOtherArchitectures: false, "a fully virtualized Xen domain (unmodified OS)");

    /// <summary>QEMU's software accelerators: with one of these every guest instruction is translated, not run on the CPU.</summary>
    public static readonly ImmutableHashSet<string> EmulatingAccelerators = ImmutableHashSet.Create(StringComparer.Ordinal, "tcg");

    /// <summary>The hypervisor's name for people ("KVM", "QEMU", "Xen"), whatever the domU mode.</summary>
    public static string DisplayName(HypervisorKind kind) => kind switch
    {
        HypervisorKind.Kvm => Kvm.Name,
        HypervisorKind.Qemu => QemuTcg.Name,
        _ => "Xen",
    };

    /// <summary>
    /// Whether the hypervisor's block takes `nested`, the switch that lets its guests run a
    /// hypervisor themselves (kvm_intel/kvm_amd nesting, Xen's nestedhvm); QEMU alone has none.
    /// </summary>
    public static bool HasNestedSwitch(HypervisorKind kind) => kind is HypervisorKind.Kvm or HypervisorKind.Xen;

    public static HypervisorInfo For(HypervisorKind kind) => kind switch
    {
        HypervisorKind.Kvm => Kvm,
        HypervisorKind.Qemu => QemuTcg,
        _ => XenPv,
    };

    public static HypervisorInfo For(DomUMode mode) => mode switch
    {
        DomUMode.Pv => XenPv,
        DomUMode.Pvh => XenPvh,
        _ => XenHvm,
    };
}
