using System.Collections.Immutable;
using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>A plan step a target contributes, with the placeholders written in its command.</summary>
public sealed record TargetStep(PlanStep Step, ImmutableArray<Placeholder> Placeholders);
