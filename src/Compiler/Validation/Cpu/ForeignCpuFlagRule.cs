using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Cpu;

/// <summary>TOPO2002: a CPU feature that only the other vendor's CPUs have, with this vendor's equivalent where there is one.</summary>
public sealed class ForeignCpuFlagRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.ForeignCpuFlag.Code;

    public void Check(RuleContext context)
    {
        foreach (var host in context.Model.Hosts)
        {
            if (host.Cpu is { } cpu)
            {
                CheckFeatures(context, host, cpu);
            }
        }
    }

    private static void CheckFeatures(RuleContext context, HostModel host, CpuModel cpu)
    {
        var vendor = HostCpu.VendorWord(cpu);
        foreach (var feature in cpu.Features)
        {
            // Unknown flags are TOPO1009's; flags of either vendor have no Vendor.
            if (CpuFlags.Find(feature.Value) is { Vendor: { } owner } flag && owner != vendor)
            {
                context.Report(DiagnosticFactory.ForeignCpuFlag(feature.Location, flag.Name, flag.Description, owner, host.Name.Value, vendor, EquivalentHint(flag, vendor)));
            }
        }
    }

    private static string EquivalentHint(CpuFlag flag, string vendor) =>
        CpuFlags.Equivalent(flag, vendor) is { } equivalent ? $"; the {vendor} equivalent is '{equivalent.Name}' ({equivalent.Description})" : string.Empty;
}
