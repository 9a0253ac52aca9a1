using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A KVM or QEMU guest, or a Xen domU (<see cref="Kind"/>). Values are null when missing or in
/// error; <see cref="Arch"/> is null when not written (the host's arch applies).
/// </summary>
/// <remarks>
/// A fleet has a guest record per guest, alive to the end of the compilation: its located values
/// are kept as spans in the guest's own file (<see cref="SpanLocated{T}"/>), about 200 bytes less
/// a guest than ten nullable <see cref="Located{T}"/>, and the values most guests leave out take
/// no room unless one is written. A value written in another file (never, in the language as it
/// is) keeps the whole guest in its plain form instead. Its one disk and one nic are kept without
/// an array each (<see cref="OneOrMany{T}"/>).
/// </remarks>
public sealed record GuestModel
{
    private readonly SpanLocated<string> _name;
    private readonly SpanLocated<OsFamily> _os;
    private readonly SpanLocated<int> _vcpus;
    private readonly SpanLocated<long> _memory;
    private readonly SpanLocated<DomUMode> _mode;

    // A domU's `pv_drivers` left at its default (false, placed at the domU's word): a quarter of a
    // fleet's guests, which would otherwise each carry the uncommon values' record for it.
    private readonly bool _pvDriversByDefault;

    // One field for what few guests have: the uncommon values (Uncommon) of a packed guest that
    // writes one, or every value in its plain form (Values) for a guest that is not packed.
    private readonly object? _rare;

    public GuestModel(
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
        SourceLocation Location)
    {
        this.Kind = Kind;
        this.Distro = Distro;
        DiskList = OneOrMany<DiskModel>.From(Disks);
        NicList = OneOrMany<NicModel>.From(Nics);
        this.Autostart = Autostart;
        this.Location = Location;
        var source = Location.Source;
        _pvDriversByDefault = PvDrivers is { IsDefault: true, Value: false } pv && pv.Location == Location && pv.Entry == Location;
        var packed = SpanLocated<string>.TryPack(Name, source, out _name)
            & SpanLocated<OsFamily>.TryPack(Os, source, out _os)
            & SpanLocated<Architecture>.TryPack(Arch, source, out var arch)
            & SpanLocated<int>.TryPack(Vcpus, source, out _vcpus)
            & SpanLocated<long>.TryPack(Memory, source, out _memory)
            & SpanLocated<CpuMode>.TryPack(CpuMode, source, out var cpuMode)
            & SpanLocated<DomUMode>.TryPack(Mode, source, out _mode)
            & SpanLocated<bool>.TryPack(_pvDriversByDefault ? null : PvDrivers, source, out var pvDrivers)
            & SpanLocated<string>.TryPack(Backend, source, out var backend);
        _rare = !packed
            ? new Values(Name, Os, Arch, Vcpus, Memory, CpuMode, Mode, PvDrivers, Backend, NestedHypervisor)
            : arch.HasValue || cpuMode.HasValue || pvDrivers.HasValue || backend.HasValue || NestedHypervisor is not null
                ? new Uncommon(arch, cpuMode, pvDrivers, backend, NestedHypervisor)
                : null;
    }

    public GuestKind Kind { get; }

    public Located<string> Name => Unpacked?.Name ?? _name.Unpack(Location.Source)!.Value;

    public Located<OsFamily>? Os => Unpacked is { } values ? values.Os : _os.Unpack(Location.Source);

    public string? Distro { get; }

    public Located<Architecture>? Arch => Unpacked is { } values ? values.Arch : Rare?.Arch.Unpack(Location.Source);

    public Located<int>? Vcpus => Unpacked is { } values ? values.Vcpus : _vcpus.Unpack(Location.Source);

    public Located<long>? Memory => Unpacked is { } values ? values.Memory : _memory.Unpack(Location.Source);

    /// <summary>The disks; a guest with one makes the array of one on each read (<see cref="DiskList"/> makes nothing).</summary>
    public ImmutableArray<DiskModel> Disks => DiskList.ToImmutableArray();

    /// <summary>The nics; a guest with one makes the array of one on each read (<see cref="NicList"/> makes nothing).</summary>
    public ImmutableArray<NicModel> Nics => NicList.ToImmutableArray();

    /// <summary>The disks as kept: most guests have one, held without an array.</summary>
    /// <remarks>
    /// The binder sets it (with <see cref="NicList"/>) in the constructor's initializer, passing
    /// empty arrays to the constructor: a guest's one disk is never put in an array at all.
    /// </remarks>
    internal OneOrMany<DiskModel> DiskList { get; init; }

    /// <summary>The nics as kept: most guests have one, held without an array.</summary>
    internal OneOrMany<NicModel> NicList { get; init; }

    public bool Autostart { get; }

    public Located<CpuMode>? CpuMode => Unpacked is { } values ? values.CpuMode : Rare?.CpuMode.Unpack(Location.Source);

    public Located<DomUMode>? Mode => Unpacked is { } values ? values.Mode : _mode.Unpack(Location.Source);

    public Located<bool>? PvDrivers => Unpacked is { } values
        ? values.PvDrivers
        : Rare?.PvDrivers.Unpack(Location.Source) ?? (_pvDriversByDefault ? new Located<bool>(false, Location, IsDefault: true, Entry: Location) : null);

    public Located<string>? Backend => Unpacked is { } values ? values.Backend : Rare?.Backend.Unpack(Location.Source);

    public HypervisorModel? NestedHypervisor => _rare switch
    {
        Values values => values.NestedHypervisor,
        Uncommon uncommon => uncommon.NestedHypervisor,
        _ => null,
    };

    public SourceLocation Location { get; }

    private Values? Unpacked => _rare as Values;

    private Uncommon? Rare => _rare as Uncommon;

    /// <summary>
    /// The values most guests leave out (an architecture, a CPU mode; a domU's PV drivers and
    /// backend; a nested hypervisor), kept apart so that a guest without any of them does not
    /// carry room for them.
    /// </summary>
    private sealed record Uncommon(SpanLocated<Architecture> Arch, SpanLocated<CpuMode> CpuMode, SpanLocated<bool> PvDrivers, SpanLocated<string> Backend, HypervisorModel? NestedHypervisor);

    /// <summary>The located values as given, for a guest with a value from another file.</summary>
    private sealed record Values(
        Located<string> Name,
        Located<OsFamily>? Os,
        Located<Architecture>? Arch,
        Located<int>? Vcpus,
        Located<long>? Memory,
        Located<CpuMode>? CpuMode,
        Located<DomUMode>? Mode,
        Located<bool>? PvDrivers,
        Located<string>? Backend,
        HypervisorModel? NestedHypervisor);
}
