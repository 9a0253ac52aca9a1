using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Cloud;

/// <summary>TOPO6002: a service in a deployment's `uses` that its cloud's provider does not list in `services`.</summary>
public sealed class ServiceOfferedRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.ServiceNotOffered.Code;

    public void Check(RuleContext context)
    {
        foreach (var deployment in context.Model.Deployments)
        {
            if (CloudOffering.Of(context.Model, deployment) is not { } offering)
            {
                continue;
            }

            foreach (var service in deployment.Uses)
            {
                if (!offering.Provider.OfferingInError && !offering.Provider.Services.Contains(service.Value))
                {
                    Report(context, offering, service);
                }
            }
        }
    }

    private static void Report(RuleContext context, CloudOffering offering, Located<string> service)
    {
        var provider = offering.Provider.Name.Value;
        var cloud = offering.Cloud.Name.Value;
        context.Report(
            DiagnosticFactory.ServiceNotOffered(service.Location, service.Value, provider, cloud, CloudOffering.List(offering.Provider.Services))
                .WithRelated(offering.ProviderNote()));
    }
}
