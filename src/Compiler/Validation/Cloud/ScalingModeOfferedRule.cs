using TopoLang.Compiler.Model;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Validation.Cloud;

/// <summary>TOPO6001: an instance's `scale out` or `scale up` that its cloud's provider does not list in `scaling`.</summary>
public sealed class ScalingModeOfferedRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.ScalingModeNotOffered.Code;

    public void Check(RuleContext context)
    {
        foreach (var deployment in context.Model.Deployments)
        {
            if (CloudOffering.Of(context.Model, deployment) is not { } offering)
            {
                continue;
            }

            foreach (var instance in deployment.Instances)
            {
                if (instance.ScaleOut is { } scaleOut)
                {
                    CheckMode(context, offering, ScalingMode.Out, scaleOut.Location);
                }

                if (instance.ScaleUp is { } scaleUp)
                {
                    CheckMode(context, offering, ScalingMode.Up, scaleUp.Location);
                }
            }
        }
    }

    private static void CheckMode(RuleContext context, CloudOffering offering, ScalingMode mode, SourceLocation scale)
    {
        if (offering.Provider.OfferingInError || offering.Provider.Scaling.Contains(mode))
        {
            return;
        }

        var provider = offering.Provider.Name.Value;
        var cloud = offering.Cloud.Name.Value;
        context.Report(
            DiagnosticFactory.ScalingModeNotOffered(scale, ModelWords.ToWord(mode), provider, cloud, CloudOffering.List(offering.Provider.Scaling))
                .WithRelated(offering.ProviderNote()));
    }
}
