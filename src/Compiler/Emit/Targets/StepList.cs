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
    public string Add(string kind, string target, IEnumerable<string> dependsOn, string? artifact, IEnumerable<string> command, IEnumerable<Placeholder>? placeholders = null) =>
        Add(kind, target, dependsOn.ToImmutableArray(), artifact, command.ToImmutableArray(), placeholders);

    /// <summary>Adds a step's id to the ids another step waits for, unless it is there already: a short list, searched rather than hashed.</summary>
    public static void AddOnce(ImmutableArray<string>.Builder dependsOn, string id)
    {
        if (!dependsOn.Contains(id))
        {
            dependsOn.Add(id);
        }
    }

    /// <remarks>The lists are taken as they are (`[a, b]` at the call makes each once): a fleet's plan has 300,000 steps.</remarks>
    /// <returns>The step's id, for the steps that depend on it.</returns>
    public string Add(string kind, string target, ImmutableArray<string> dependsOn, string? artifact, ImmutableArray<string> command, IEnumerable<Placeholder>? placeholders = null)
    {
        var id = PlanStepIds.Of(kind, target);
        var step = new PlanStep(id, kind, target, dependsOn, artifact, command);
        _steps.Add(new TargetStep(step, placeholders?.ToImmutableArray() ?? ImmutableArray<Placeholder>.Empty));
        return id;
    }
}
