namespace TopoLang.JsonPeer.Checks;

/// <summary>
/// The compiler's capacity defaults (src/Compiler/Catalog/Platforms.cs and the reserved_memory
/// defaults in Binding/Schema/TopoSchema.cs), for what the JSON leaves out.
/// </summary>
public static class AllocationDefaults
{
    public const decimal StandaloneCpuRatio = 4.0m;
    public const decimal StandaloneRamRatio = 1.0m;
    public const decimal CloudStackCpuRatio = 1.0m;
    public const decimal CloudStackRamRatio = 1.0m;

    // KVM keeps 2 GiB for the host; under Xen, dom0's own memory is the host's share.
    public const long KvmReservedMemoryBytes = 2L << 30;
    public const long XenReservedMemoryBytes = 0;
}
