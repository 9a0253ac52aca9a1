using System.Globalization;
using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Semantics.Capacity;

namespace TopoLang.Compiler.Validation.Capacity;

/// <summary>TOPO4002: a host's guests, dom0 and driver domains have more vCPUs than its threads times the cpu ratio.</summary>
public sealed class HostVcpusFitRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.HostVcpusExceeded.Code;

    public void Check(RuleContext context)
    {
        foreach (var host in context.Semantics.HostCapacities.All)
        {
            if (host.NeededVcpus > host.AvailableVcpus)
            {
                context.Report(Describe(host));
            }
        }
    }

    private static Diagnostic Describe(HostCapacity host)
    {
        var diagnostic = DiagnosticFactory.HostVcpusExceeded(
            host.Host.Name.Location,
            host.Host.Name.Value,
            host.NeededVcpus,
            string.Create(CultureInfo.InvariantCulture, $"{host.AvailableVcpus} ({CapacityText.Threads(host.Cpu)} x {CapacityText.Ratio("cpu", host.Ratios.Cpu, host.Ratios.CpuSource)}{CapacityText.RoundedDown(host.AvailableVcpusRoundedDown)})"));
        var related = LargestDemands.Of(host, demand => demand.Vcpus)
            .Select(top => new RelatedLocation(top.Demand.Location, $"{top.Demand.Describe()} needs {CapacityText.Count(top.Amount, "vCPU", "vCPUs")}"));
        return diagnostic.WithRelated(related.ToArray());
    }
}
