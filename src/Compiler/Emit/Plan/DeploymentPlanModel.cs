using System.Collections.Immutable;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// A topology's deployment plan: a DAG of steps, grouped into stages (topological levels: the
/// steps of one stage can run in parallel), and its summary.
/// </summary>
public sealed record DeploymentPlanModel(string Topology, ImmutableArray<PlanStep> Steps, ImmutableArray<ImmutableArray<PlanStep>> Stages, PlanSummary Summary);
