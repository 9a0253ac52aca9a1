using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>A physical host. Parts are null when missing or in error (already reported).</summary>
public sealed record HostModel(
    Located<string> Name,
    Located<Architecture> Arch,
    CpuModel? Cpu,
    Located<long>? Memory,
    Located<long>? Storage,
    HypervisorModel? Hypervisor,
    SourceLocation Location);
