using System.Collections.Generic;

namespace TopoLang.JsonPeer.Model;

/// <summary><paramref name="Mode"/> is a domU's "pv", "pvh" or "hvm"; null for a KVM guest.</summary>
public sealed record JsonGuest(
    string Name,
    string? Mode,
    string? Os,
    string? OsVersion,
    int Vcpus,
    long MemoryBytes,
    IReadOnlyList<JsonDisk> Disks,
    IReadOnlyList<JsonNic> Nics);
