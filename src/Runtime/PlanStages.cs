using System;
using System.Collections.Generic;
using System.Linq;

namespace TopoLang.Runtime
{
    /// <summary>Groups plan steps into topological levels, iteratively (no recursion on long chains).</summary>
    internal static class PlanStages
    {
        public static IReadOnlyList<IReadOnlyList<PlanStep>> Compute(IReadOnlyList<PlanStep> steps)
        {
            var levels = PlanLevels.Of(steps.Select(step => step.Id).ToList(), steps.Select(step => step.DependsOn).ToList());

            var stageCount = 0;
            foreach (var level in levels)
            {
                stageCount = Math.Max(stageCount, level + 1);
            }

            var stages = new List<PlanStep>[stageCount];
            for (var i = 0; i < stageCount; i++)
            {
                stages[i] = new List<PlanStep>();
            }

            for (var i = 0; i < steps.Count; i++)
            {
                stages[levels[i]].Add(steps[i]);
            }

            var result = new IReadOnlyList<PlanStep>[stageCount];
            for (var i = 0; i < stageCount; i++)
            {
                result[i] = ReadOnly.Wrap(stages[i].ToArray());
            }

            return ReadOnly.Wrap(result);
        }
    }
}
