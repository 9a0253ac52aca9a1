using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Runtime;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// Groups steps into topological levels with the Runtime's <see cref="PlanLevels"/>, the one
/// staging that <c>DeploymentPlan</c> also uses: a step's stage is one more than the latest
/// stage it depends on.
/// </summary>
internal static class PlanStages
{
    public static ImmutableArray<ImmutableArray<PlanStep>> Of(ImmutableArray<PlanStep> steps)
    {
        var levels = PlanLevels.Of(steps.Select(step => step.Id).ToList(), steps.Select(step => (IReadOnlyList<string>)step.DependsOn).ToList());
        return steps.Select((step, index) => (Step: step, Level: levels[index]))
            .GroupBy(item => item.Level)
            .OrderBy(group => group.Key)
            .Select(group => group.Select(item => item.Step).ToImmutableArray())
            .ToImmutableArray();
    }
}
