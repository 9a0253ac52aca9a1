using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>Groups steps into topological levels: a step's stage is one more than the latest stage it depends on.</summary>
internal static class PlanStages
{
    public static ImmutableArray<ImmutableArray<PlanStep>> Of(ImmutableArray<PlanStep> steps)
    {
        var level = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = steps.ToDictionary(step => step.Id, StringComparer.Ordinal);
        foreach (var step in steps)
        {
            Level(step, byId, level, new HashSet<string>(StringComparer.Ordinal));
        }

        return steps.GroupBy(step => level[step.Id])
            .OrderBy(group => group.Key)
            .Select(group => group.ToImmutableArray())
            .ToImmutableArray();
    }

    // Steps are built with their dependencies first, so the recursion is shallow in practice;
    // the visiting set turns a builder bug (a cycle) into an exception, not a stack overflow.
    private static int Level(PlanStep step, Dictionary<string, PlanStep> byId, Dictionary<string, int> level, HashSet<string> visiting)
    {
        if (level.TryGetValue(step.Id, out var known))
        {
            return known;
        }

        if (!visiting.Add(step.Id))
        {
            throw new InvalidOperationException($"The plan has a cycle through '{step.Id}'.");
        }

        var stage = 0;
        foreach (var dependency in step.DependsOn)
        {
            var before = byId.TryGetValue(dependency, out var other)
                ? other
                : throw new InvalidOperationException($"Step '{step.Id}' depends on unknown step '{dependency}'.");
            stage = Math.Max(stage, Level(before, byId, level, visiting) + 1);
        }

        visiting.Remove(step.Id);
        level[step.Id] = stage;
        return stage;
    }
}
