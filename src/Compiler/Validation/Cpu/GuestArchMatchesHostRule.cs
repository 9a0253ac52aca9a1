using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Validation.Cpu;

/// <summary>
/// TOPO2005: KVM and Xen run guest code on the CPU below, so a guest's `arch` must be that
/// machine's: the host's, or for a nested hypervisor the arch of the guest that runs it.
/// </summary>
public sealed class GuestArchMatchesHostRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.GuestArchMismatch.Code;

    public void Check(RuleContext context)
    {
        foreach (var site in context.Semantics.HypervisorSites)
        {
            var kind = site.Hypervisor.Kind.Value;
            if (!site.ArchInError && !Hypervisors.For(kind).CanEmulateOtherArchitectures)
            {
                CheckGuests(context, site, kind);
            }
        }
    }

    private static void CheckGuests(RuleContext context, HypervisorSite site, HypervisorKind kind)
    {
        foreach (var guest in site.Hypervisor.Guests)
        {
            // Without `arch` the guest takes the machine's, so only a written one can differ.
            if (guest.Arch is { } arch && arch.Value != site.Arch)
            {
                context.Report(DiagnosticFactory.GuestArchMismatch(
                    arch.EntryLocation,
                    GuestText.Describe(guest),
                    ModelWords.ToWord(arch.Value),
                    site.Describe(),
                    ModelWords.ToWord(site.Arch),
                    Hypervisors.DisplayName(kind)));
            }
        }
    }
}
