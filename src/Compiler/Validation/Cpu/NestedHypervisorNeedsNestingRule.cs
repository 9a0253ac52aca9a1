using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Validation.Cpu;

/// <summary>
/// TOPO2006: a guest that runs a hypervisor needs `nested true` on the hypervisor under it, at
/// every level of nesting. QEMU alone has no such switch, so guests under it are not checked.
/// </summary>
public sealed class NestedHypervisorNeedsNestingRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.NestedWithoutSupport.Code;

    public void Check(RuleContext context)
    {
        foreach (var site in context.Semantics.HypervisorSites)
        {
            var under = site.Hypervisor;
            // A `nested` in error is already reported: whether it was meant to be true is unknown.
            if (under.Nested.Value || under.Nested.InError || !Hypervisors.HasNestedSwitch(under.Kind.Value))
            {
                continue;
            }

            foreach (var guest in under.Guests)
            {
                if (guest.NestedHypervisor is { } nested)
                {
                    context.Report(DiagnosticFactory.NestedWithoutSupport(
                            nested.Location,
                            GuestText.Describe(guest),
                            Hypervisors.DisplayName(nested.Kind.Value),
                            Hypervisors.DisplayName(under.Kind.Value),
                            site.Describe())
                        .WithRelated(WhereToEnable(under)));
                }
            }
        }
    }

    // Points at `nested false` where it is written, else at the hypervisor that needs the line.
    private static RelatedLocation WhereToEnable(HypervisorModel under) =>
        under.Nested.IsDefault
            ? new RelatedLocation(under.Location, "add 'nested true' to this hypervisor")
            : new RelatedLocation(under.Nested.EntryLocation, "nesting is turned off here");
}
