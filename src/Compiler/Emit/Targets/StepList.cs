using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>The steps a target contributes to one part of the plan, in the order it adds them.</summary>
public sealed class StepList
{
    private readonly List<TargetStep> _steps = new();

    public IReadOnlyList<TargetStep> Steps => _steps;

    /// <returns>The step's id, for the steps that depend on it.</returns>
    public string Add(string kind, string target, IEnumerable<string> dependsOn, string? artifact, IEnumerable<string> command, IEnumerable<Placeholder>? placeholders = null)
    {
        var id = PlanStepIds.Of(kind, target);
        var step = new PlanStep(id, kind, target, dependsOn.ToImmutableArray(), artifact, command.ToImmutableArray());
        _steps.Add(new TargetStep(step, placeholders?.ToImmutableArray() ?? ImmutableArray<Placeholder>.Empty));
        return id;
    }
}
