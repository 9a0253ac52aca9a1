using System.Collections.Immutable;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// One step of a deployment plan: what it does (kind) to what (target), what must be done
/// first, the artifact it uses (a path inside the topology's output folder) and the command an
/// operator would run, as an argv array.
/// </summary>
public sealed record PlanStep(string Id, string Kind, string Target, ImmutableArray<string> DependsOn, string? Artifact, ImmutableArray<string> Command)
{
    /// <summary>The values an operator gives (`kind:key`, sorted) that the step's command and artifact hold.</summary>
    public ImmutableArray<string> Needs { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The <see cref="Needs"/> not given: while any is missing, the step is blocked and its command refuses to run.</summary>
    public ImmutableArray<string> Missing { get; init; } = ImmutableArray<string>.Empty;

    public bool Blocked => !Missing.IsEmpty;
}
