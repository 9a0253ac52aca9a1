using System.Collections.Generic;

namespace TopoLang.Generator;

/// <summary>A host's processor; the two the generator uses are <see cref="Intel"/> and <see cref="Amd"/>.</summary>
public sealed record FleetCpu(string Vendor, string Model, int Sockets, int Cores, int Threads, IReadOnlyList<string> Features)
{
    public static FleetCpu Intel { get; } = new("intel", "Xeon Gold 6338", 2, 16, 2, new[] { "vmx", "ept", "vpid", "vt-d", "aes", "avx2", "sse4_2" });

    // One socket, the language's default, so the .topo leaves `sockets` out.
    public static FleetCpu Amd { get; } = new("amd", "EPYC 7543", 1, 32, 2, new[] { "svm", "npt", "amd-vi", "aes", "avx2", "sse4_2" });
}
