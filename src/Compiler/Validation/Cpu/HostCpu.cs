using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Cpu;

/// <summary>What a host's CPU lacks, read against the flag table of its vendor.</summary>
public static class HostCpu
{
    public static string VendorWord(CpuModel cpu) => ModelWords.ToWord(cpu.Vendor.Value);

    /// <summary>
    /// The vendor's flag of the category (`vmx` for intel virtualization) when the CPU does not
    /// list it; null when it does, or when `features` is in error (the flag may be what was
    /// mistyped, and that is already reported). A flag of the other vendor never counts
    /// (TOPO2002 says so).
    /// </summary>
    public static CpuFlag? MissingFlag(CpuModel cpu, CpuFlagCategory category)
    {
        var flag = CpuFlags.For(VendorWord(cpu), category);
        return flag is null || cpu.FeaturesInError || cpu.HasFeature(flag.Name) ? null : flag;
    }
}
