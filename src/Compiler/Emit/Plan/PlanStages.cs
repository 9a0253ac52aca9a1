using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using TopoLang.Runtime;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// Groups steps into topological levels with the Runtime's <see cref="PlanLevels"/>, the one
/// staging that <c>DeploymentPlan</c> also uses: a step's stage is one more than the latest
/// stage it depends on.
/// </summary>
internal static class PlanStages
{
    /// <remarks>Each stage is sized by a count first and filled in plan order: a fleet's plan has 300,000 steps, which grouping made a pair and a list entry each.</remarks>
    /// <returns>The stages, and the stage of each step by position.</returns>
    public static (ImmutableArray<ImmutableArray<PlanStep>> Stages, ImmutableArray<int> StageOfStep) Of(ImmutableArray<PlanStep> steps)
    {
        // Each step's list as the array under it: an ImmutableArray read as a list would be boxed, 300,000 times.
        var levels = PlanLevels.Of(steps.Select(step => step.Id).ToList(), steps.Select(step => (IReadOnlyList<string>)(ImmutableCollectionsMarshal.AsArray(step.DependsOn) ?? [])).ToList());
        var sizes = new int[levels.Length == 0 ? 0 : levels.Max() + 1];
        foreach (var level in levels)
        {
            sizes[level]++;
        }

        var stages = sizes.Select(ImmutableArray.CreateBuilder<PlanStep>).ToArray();
        for (var i = 0; i < steps.Length; i++)
        {
            stages[levels[i]].Add(steps[i]);
        }

        return (stages.Select(stage => stage.MoveToImmutable()).ToImmutableArray(), ImmutableCollectionsMarshal.AsImmutableArray(levels));
    }
}
