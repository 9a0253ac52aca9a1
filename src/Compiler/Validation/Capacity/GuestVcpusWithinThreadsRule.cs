using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Capacity;

namespace TopoLang.Compiler.Validation.Capacity;

/// <summary>TOPO4003: one guest or domU has more vCPUs than its host has threads, whatever the ratio.</summary>
public sealed class GuestVcpusWithinThreadsRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.GuestVcpusExceedThreads.Code;

    public void Check(RuleContext context)
    {
        foreach (var host in context.Semantics.HostCapacities.All)
        {
            foreach (var guest in host.Hypervisor.Guests)
            {
                if (guest.Vcpus is { } vcpus && vcpus.Value > host.Threads)
                {
                    context.Report(Describe(host, guest, vcpus));
                }
            }
        }
    }

    private static Diagnostic Describe(HostCapacity host, GuestModel guest, Located<int> vcpus)
    {
        var kind = guest.Kind == GuestKind.DomU ? "domU" : "guest";
        var threads = CapacityText.Threads(host.Cpu);
        return DiagnosticFactory.GuestVcpusExceedThreads(
                vcpus.EntryLocation,
                $"{kind} '{guest.Name.Value}'",
                vcpus.Value,
                host.Host.Name.Value,
                host.Threads,
                threads)
            .WithRelated(new RelatedLocation(host.Cpu.Location, $"host '{host.Host.Name.Value}' has {threads}"));
    }
}
