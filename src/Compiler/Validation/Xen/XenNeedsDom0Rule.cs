using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Validation.Xen;

/// <summary>TOPO3001: every Xen, on a host or nested in a guest, boots one dom0 that drives its devices.</summary>
public sealed class XenNeedsDom0Rule : ITopologyRule
{
    public string Code => DiagnosticCatalog.XenWithoutDom0.Code;

    public void Check(RuleContext context)
    {
        foreach (var site in context.Semantics.HypervisorSites)
        {
            if (site.Hypervisor is { Kind.Value: HypervisorKind.Xen, Dom0s.IsEmpty: true, Dom0InError: false } xen)
            {
                context.Report(DiagnosticFactory.XenWithoutDom0(xen.Location, site.Describe()));
            }
        }
    }
}
