using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// Named CPU models for `cpu_mode custom`, all in libvirt's CPU map (`virsh cpu-models x86_64`).
/// The topology names no model libvirt knows (the host's `model` is a marketing name), so the
/// model is the newest generation whose defining flags the host declares: a guest on it asks
/// for nothing the host lacks, as far as the topology can tell.
/// </summary>
internal static class CpuModels
{
    /// <summary>QEMU's own default x86-64 CPU: every host and TCG can run it.</summary>
    public const string X86Baseline = "qemu64";

    /// <summary>A 64-bit Arm core QEMU's TCG emulates and libvirt's CPU map lists.</summary>
    public const string Aarch64Baseline = "cortex-a57";

    public static string Emulated(Architecture arch) => arch == Architecture.Aarch64 ? Aarch64Baseline : X86Baseline;

    public static string ForHost(HostModel host) => host.Cpu switch
    {
        { Vendor.Value: CpuVendor.Intel } cpu => Newest(cpu, IntelGenerations),
        { Vendor.Value: CpuVendor.Amd } cpu => Newest(cpu, AmdGenerations),
        _ => X86Baseline,
    };

    /// <summary>The flag a nested hypervisor needs from its guest CPU: `vmx` or `svm`.</summary>
    public static string? VirtualizationFlag(HostModel host) => host.Cpu?.Vendor.Value switch
    {
        CpuVendor.Intel => "vmx",
        CpuVendor.Amd => "svm",
        _ => null,
    };

    /// <summary>Every x86 model this class can choose, for tests against `virsh cpu-models x86_64`.</summary>
    public static IEnumerable<string> X86Models =>
        IntelGenerations.Concat(AmdGenerations).Select(generation => generation.Model).Append(X86Baseline);

    // Newest first. The noTSX-IBRS variants: TSX is off on most hosts since the TAA/MDS fixes.
    private static readonly (string Flag, string Model)[] IntelGenerations =
    {
        ("avx512f", "Skylake-Server-noTSX-IBRS"),
        ("avx2", "Haswell-noTSX-IBRS"),
        ("aes", "Westmere"),
        ("sse4_2", "Nehalem"),
    };

    private static readonly (string Flag, string Model)[] AmdGenerations =
    {
        ("avx2", "EPYC"),
    };

    private static string Newest(CpuModel cpu, (string Flag, string Model)[] generations) =>
        generations.FirstOrDefault(generation => cpu.HasFeature(generation.Flag)).Model ?? X86Baseline;
}
