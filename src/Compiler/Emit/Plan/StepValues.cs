using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Targets;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// What a step needs from the operator (the placeholders of its command and of its artifact), the
/// values filled into its command, and, while one is missing, a command that refuses to run: it
/// prints the step and the missing values and exits 3, and carries the real command as its
/// arguments so that a reader still sees what it will run.
/// </summary>
internal static class StepValues
{
    public const int BlockedExit = 3;

    /// <summary>`sh -c REFUSAL STEP-ID MISSING`, before the real command.</summary>
    private const int RefusalWords = 5;

    private static readonly string Refusal = $"echo \"$0 is blocked: give these values first (topo build --values FILE): $1\" >&2; exit {BlockedExit}";

    public static PlanStep Apply(TargetStep contributed, ImmutableArray<Placeholder> artifactPlaceholders, OperatorValues values)
    {
        var step = contributed.Step;
        if (contributed.Placeholders.IsEmpty && artifactPlaceholders.IsEmpty)
        {
            // Most steps of a fleet (a guest's define and start): nothing to fill, nothing needed.
            return step;
        }

        return WithValues(contributed, artifactPlaceholders, values);
    }

    // Apart from Apply: the queries' lambdas capture the step and the values, which a method
    // makes on entry, before any return; a fleet's steps nearly all return above.
    private static PlanStep WithValues(TargetStep contributed, ImmutableArray<Placeholder> artifactPlaceholders, OperatorValues values)
    {
        var step = contributed.Step;
        var needed = contributed.Placeholders.Concat(artifactPlaceholders).Where(p => p.FilledBy == PlaceholderFiller.Operator).ToList();
        var needs = needed.Select(p => p.Name).Distinct().Order(System.StringComparer.Ordinal).ToImmutableArray();
        var missing = needed.Where(p => !values.TryGet(p, out _)).Select(p => p.Name).Distinct().Order(System.StringComparer.Ordinal).ToImmutableArray();
        var command = step.Command.Select(word => PlaceholderFilling.FillWord(word, contributed.Placeholders, values)).ToImmutableArray();
        if (!missing.IsEmpty)
        {
            command = ImmutableArray.Create("sh", "-c", Refusal, step.Id, string.Join(" ", missing)).AddRange(command);
        }

        return step with { Command = command, Needs = needs, Missing = missing };
    }

    /// <summary>The command a blocked step will run once its values are given (placeholders still in it).</summary>
    public static IEnumerable<string> CommandOnceGiven(PlanStep step) => step.Blocked ? step.Command.Skip(RefusalWords) : step.Command;
}
