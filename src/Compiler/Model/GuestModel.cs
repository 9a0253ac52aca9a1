using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A KVM or QEMU guest, or a Xen domU (<see cref="Kind"/>). Values are null when missing or in
/// error; <see cref="Arch"/> is null when not written (the host's arch applies).
/// </summary>
public sealed record GuestModel(
    GuestKind Kind,
    Located<string> Name,
    Located<OsFamily>? Os,
    string? Distro,
    Located<Architecture>? Arch,
    Located<int>? Vcpus,
    Located<long>? Memory,
    ImmutableArray<DiskModel> Disks,
    ImmutableArray<NicModel> Nics,
    bool Autostart,
    Located<CpuMode>? CpuMode,
    Located<DomUMode>? Mode,
    Located<bool>? PvDrivers,
    Located<string>? Backend,
    HypervisorModel? NestedHypervisor,
    SourceLocation Location);
