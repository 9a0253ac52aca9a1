using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Xen;

/// <summary>TOPO3004: PV needs a kernel modified for Xen, which only some OS families have. PV is the default mode.</summary>
public sealed class PvDomUNeedsPvCapableOsRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.PvDomUUnsupportedOs.Code;

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
            if (domU is { Mode: { Value: DomUMode.Pv } mode, Os: { } os } && !OsFamilies.CanRunParavirtualized(os.Value))
            {
                // A defaulted mode has no entry of its own: the domU is what chose PV by saying nothing.
                var location = mode.IsDefault ? domU.Name.Location : mode.EntryLocation;
                context.Report(DiagnosticFactory.PvDomUUnsupportedOs(location, domU.Name.Value, ModelWords.ToWord(os.Value), mode.IsDefault, OsFamilies.ParavirtualizedFamilies));
            }
        }
    }
}
