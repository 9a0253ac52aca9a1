using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Semantics.Capacity;

namespace TopoLang.Compiler.Validation.Capacity;

/// <summary>TOPO4001: a host's guests, dom0 and driver domains need more memory than it has.</summary>
public sealed class HostMemoryFitsRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.HostMemoryExceeded.Code;

    public void Check(RuleContext context)
    {
        foreach (var host in context.Semantics.HostCapacities.All)
        {
            // Strictly more: a host filled to the last byte is full, not over.
            if (host.NeededMemory > host.AvailableMemory)
            {
                context.Report(Describe(host));
            }
        }
    }

    private static Diagnostic Describe(HostCapacity host)
    {
        var diagnostic = DiagnosticFactory.HostMemoryExceeded(
            host.Host.Name.Location,
            host.Host.Name.Value,
            CapacityText.Size(host.NeededMemory),
            Available(host));
        var related = LargestDemands.Of(host, demand => demand.Memory)
            .Select(top => new RelatedLocation(top.Demand.Location, $"{top.Demand.Describe()} needs {CapacityText.Size(top.Amount)}"));
        return diagnostic.WithRelated(related.ToArray());
    }

    // The arithmetic in the message lets the reader check it, and shows which knob to turn.
    private static string Available(HostCapacity host)
    {
        var memory = CapacityText.Size(host.Memory);
        var reserved = CapacityText.Size(host.ReservedMemory);
        return host.Memory <= host.ReservedMemory
            ? $"0 B (its {memory} of memory is not above its {reserved} reserved_memory)"
            : $"{CapacityText.Size(host.AvailableMemory)} (({memory} - {reserved} reserved) x {CapacityText.Ratio("ram", host.Ratios.Ram, host.Ratios.RamSource)}{CapacityText.RoundedDown(host.AvailableMemoryRoundedDown)})";
    }
}
