using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Validation.Xen;

/// <summary>TOPO3002: a Xen has exactly one dom0; every dom0 after the first is reported, pointing back at the first.</summary>
public sealed class SingleDom0Rule : ITopologyRule
{
    public string Code => DiagnosticCatalog.SecondDom0.Code;

    public void Check(RuleContext context)
    {
        foreach (var site in context.Semantics.HypervisorSites)
        {
            var dom0s = site.Hypervisor.Dom0s;
            if (site.Hypervisor.Kind.Value != HypervisorKind.Xen || dom0s.Length < 2)
            {
                continue;
            }

            var first = new RelatedLocation(dom0s[0].Location, "the first dom0 is here");
            for (var i = 1; i < dom0s.Length; i++)
            {
                context.Report(DiagnosticFactory.SecondDom0(dom0s[i].Location, site.Describe()).WithRelated(first));
            }
        }
    }
}
