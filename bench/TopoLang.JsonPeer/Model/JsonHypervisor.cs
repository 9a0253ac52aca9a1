using System.Collections.Generic;

namespace TopoLang.JsonPeer.Model;

/// <summary>
/// <paramref name="Kind"/> is "kvm" or "xen". Ratios and the reservation are null when not
/// written, and then take the compiler's defaults (<see cref="Checks.AllocationDefaults"/>).
/// </summary>
public sealed record JsonHypervisor(
    string Kind,
    string? Version,
    string? Emulator,
    string? EmulatorVersion,
    decimal? CpuAllocationRatio,
    decimal? RamAllocationRatio,
    long? ReservedMemoryBytes,
    JsonDom0? Dom0,
    IReadOnlyList<JsonGuest> Guests);
