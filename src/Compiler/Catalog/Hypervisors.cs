using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Catalog;

/// <summary>
/// LANGUAGE.md §1 as data: KVM and Xen HVM/PVH need VT-x/AMD-V and run only the host's
/// architecture; Xen PV and QEMU TCG need neither, and TCG can emulate another architecture.
/// </summary>
public static class Hypervisors
{
    public static readonly HypervisorInfo Kvm = new("KVM", NeedsHardwareVirtualization: true, CanEmulateOtherArchitectures: false, "KVM, with QEMU as its device model");
    public static readonly HypervisorInfo QemuTcg = new("QEMU", NeedsHardwareVirtualization: false, CanEmulateOtherArchitectures: true, "QEMU emulation (TCG), far slower than KVM");
    public static readonly HypervisorInfo XenPv = new("Xen PV", NeedsHardwareVirtualization: false, CanEmulateOtherArchitectures: false, "a paravirtualized Xen domain (modified kernel)");
    public static readonly HypervisorInfo XenPvh = new("Xen PVH", NeedsHardwareVirtualization: true, CanEmulateOtherArchitectures: false, "a PVH Xen domain");
    public static readonly HypervisorInfo XenHvm = new("Xen HVM", NeedsHardwareVirtualization: true, CanEmulateOtherArchitectures: false, "a fully virtualized Xen domain (unmodified OS)");

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
