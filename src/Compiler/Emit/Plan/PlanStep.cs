using System.Collections.Immutable;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// One step of a deployment plan: what it does (kind) to what (target), what must be done
/// first, the artifact it uses (a path inside the topology's output folder) and the command an
/// operator would run, as an argv array.
/// </summary>
public sealed record PlanStep(string Id, string Kind, string Target, ImmutableArray<string> DependsOn, string? Artifact, ImmutableArray<string> Command);
