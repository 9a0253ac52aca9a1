using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Validation.Cloud;

/// <summary>
/// TOPO6003: a compute host whose hypervisor its cloud's platform cannot drive, or, on a
/// platform that runs one hypervisor kind per cloud (CloudStack), a host whose kind differs
/// from that of the first supported host in the `compute` list. Reported at the `compute`
/// entry, once per host; hosts that are undeclared or have no hypervisor are skipped.
/// </summary>
public sealed class ComputeHypervisorRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.HypervisorNotSupportedByPlatform.Code;

    public void Check(RuleContext context)
    {
        foreach (var cloud in context.Model.Clouds)
        {
            if (cloud.Platform is { } platform && cloud.ComputeLocation is { } compute)
            {
                CheckHosts(context, cloud, compute, Platforms.Get(platform.Value));
            }
        }
    }

    private static void CheckHosts(RuleContext context, CloudModel cloud, SourceLocation compute, PlatformInfo platform)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        (string Host, HypervisorKind Kind)? first = null;
        foreach (var name in cloud.Compute)
        {
            if (!seen.Add(name.Value) || context.Model.FindHost(name.Value) is not { Hypervisor: { } hypervisor } host)
            {
                continue;
            }

            var kind = hypervisor.Kind.Value;
            if (!platform.ComputeHypervisors.Contains(kind))
            {
                var supported = string.Join(", ", platform.ComputeHypervisors.Select(Word));
                Report(context, cloud, compute, host, hypervisor, $"runs {Word(kind)}, which {platform.Name} does not support (it supports: {supported})");
            }
            else if (first is null)
            {
                first = (host.Name.Value, kind);
            }
            else if (platform.RequiresOneHypervisorKind && first.Value.Kind != kind)
            {
                Report(context, cloud, compute, host, hypervisor, $"runs {Word(kind)} while '{first.Value.Host}' runs {Word(first.Value.Kind)}: a {platform.Name} cloud runs one hypervisor kind");
            }
        }
    }

    private static string Word(HypervisorKind kind) => ModelWords.ToWord(kind);

    private static void Report(RuleContext context, CloudModel cloud, SourceLocation compute, HostModel host, HypervisorModel hypervisor, string fault) =>
        context.Report(
            DiagnosticFactory.HypervisorNotSupportedByPlatform(compute, host.Name.Value, cloud.Name.Value, fault)
                .WithRelated(new RelatedLocation(hypervisor.Location, $"host '{host.Name.Value}' runs {Word(hypervisor.Kind.Value)} here")));
}
