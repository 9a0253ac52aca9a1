using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Artifacts.Libvirt;

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
        { Vendor.Value: CpuVendor.Intel } cpu => Intel(cpu),
        { Vendor.Value: CpuVendor.Amd } cpu => Amd(cpu),
        _ => X86Baseline,
    };

    /// <summary>The flag a nested hypervisor needs from its guest CPU: `vmx` or `svm`.</summary>
    public static string? VirtualizationFlag(HostModel host) => host.Cpu?.Vendor.Value switch
    {
        CpuVendor.Intel => "vmx",
        CpuVendor.Amd => "svm",
        _ => null,
    };

    // The noTSX-IBRS variants: TSX is off on most hosts since the TAA/MDS fixes, and IBRS is on.
    private static string Intel(CpuModel cpu) =>
        cpu.HasFeature("avx512f") ? "Skylake-Server-noTSX-IBRS"
        : cpu.HasFeature("avx2") ? "Haswell-noTSX-IBRS"
        : cpu.HasFeature("aes") ? "Westmere"
        : cpu.HasFeature("sse4_2") ? "Nehalem"
        : X86Baseline;

    private static string Amd(CpuModel cpu) => cpu.HasFeature("avx2") ? "EPYC" : X86Baseline;
}
