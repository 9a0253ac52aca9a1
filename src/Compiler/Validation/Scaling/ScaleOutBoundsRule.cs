using System.Globalization;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Validation.Scaling;

/// <summary>
/// TOPO1007 for a `scale out` whose values contradict each other: `min` above `max`, or a
/// scale-in threshold (`cpu_below`) not below the scale-out one (`cpu_above`), which would make
/// the group grow and shrink at the same load. Each value alone is in range, so only a rule that
/// sees both can tell.
/// </summary>
public sealed class ScaleOutBoundsRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.ValueOutOfRange.Code;

    public void Check(RuleContext context)
    {
        foreach (var deployment in context.Model.Deployments)
        {
            foreach (var instance in deployment.Instances)
            {
                if (instance.ScaleOut is not { } scale || instance.ShapeInError)
                {
                    continue;
                }

                if (scale.Min is { } min && scale.Max is { } max && min.Value > max.Value)
                {
                    context.Report(DiagnosticFactory.ValueOutOfRange(max.Location, "max", $"at least min ({min.Value.ToString(CultureInfo.InvariantCulture)})", max.Value.ToString(CultureInfo.InvariantCulture)));
                }

                if (scale.CpuBelow >= scale.CpuAbove)
                {
                    context.Report(DiagnosticFactory.ValueOutOfRange(
                        scale.Location,
                        "cpu_below",
                        $"below cpu_above ({scale.CpuAbove.ToString(CultureInfo.InvariantCulture)}%)",
                        scale.CpuBelow.ToString(CultureInfo.InvariantCulture) + "%"));
                }
            }
        }
    }
}
