namespace TopoLang.Generator;

/// <summary>A Xen host's dom0 and the backends it serves.</summary>
public sealed record FleetDom0(int Vcpus, int MemoryGiB);
