namespace TopoLang.Generator;

/// <summary>
/// One guest (a domU on a Xen host, in PV mode) with one root disk and one nic on
/// <paramref name="Network"/> at <paramref name="Ip"/>.
/// </summary>
public sealed record FleetGuest(string Name, string Distro, int Vcpus, int MemoryGiB, int RootDiskGiB, string Network, string Ip);
