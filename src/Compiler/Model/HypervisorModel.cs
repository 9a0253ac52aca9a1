using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>
/// The hypervisor of a host, or one nested in a guest. <see cref="Guests"/> are KVM/QEMU guests
/// or, for Xen, domUs. Xen keeps every dom0 written (TOPO3002 counts them).
/// </summary>
public sealed record HypervisorModel(
    Located<HypervisorKind> Kind,
    string? Version,
    string Emulator,
    string? EmulatorVersion,
    Located<bool> Nested,
    Located<decimal>? CpuAllocationRatio,
    Located<decimal>? RamAllocationRatio,
    Located<long>? ReservedMemory,
    string? Accelerator,
    ImmutableArray<GuestModel> Guests,
    ImmutableArray<XenDomainModel> Dom0s,
    ImmutableArray<XenDomainModel> DriverDomains,
    SourceLocation Location)
{
    public XenDomainModel? Dom0 => Dom0s.IsEmpty ? null : Dom0s[0];

    /// <summary>A `dom0` was written but is in error (already reported), and none is usable: the Xen is not without one.</summary>
    public bool Dom0InError { get; init; }

    /// <summary>A ratio was written but is in error (already reported): no ratio applies, so capacity is not judged.</summary>
    public bool RatiosInError { get; init; }
}
