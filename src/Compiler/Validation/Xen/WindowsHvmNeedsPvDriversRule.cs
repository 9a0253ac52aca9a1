using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Xen;

/// <summary>TOPO3005: an HVM domU whose OS has no built-in Xen PV drivers does its I/O through emulated devices unless told it has them.</summary>
public sealed class WindowsHvmNeedsPvDriversRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.WindowsHvmWithoutPvDrivers.Code;

    public void Check(RuleContext context)
    {
        foreach (var site in context.Semantics.HypervisorSites)
        {
            if (site.Hypervisor.Kind.Value == HypervisorKind.Xen)
            {
                CheckDomUs(context, site.Hypervisor);
            }
        }
    }

    private static void CheckDomUs(RuleContext context, HypervisorModel xen)
    {
        foreach (var domU in xen.Guests)
        {
            if (domU is { Mode.Value: DomUMode.Hvm, PvDrivers.Value: false, Os: { } os } && OsFamilies.NeedsInstalledPvDrivers(os.Value))
            {
                context.Report(DiagnosticFactory.WindowsHvmWithoutPvDrivers(domU.Name.Location, ModelWords.ToWord(os.Value), domU.Name.Value));
            }
        }
    }
}
