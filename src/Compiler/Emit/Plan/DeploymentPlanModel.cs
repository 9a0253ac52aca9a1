using System.Collections.Immutable;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// A topology's deployment plan: a DAG of steps, grouped into stages (topological levels: the
/// steps of one stage can run in parallel), and its summary.
/// </summary>
/// <param name="StageOfStep">The stage of each of <paramref name="Steps"/>, by position: what a writer of the steps reads, without an index of their ids.</param>
public sealed record DeploymentPlanModel(string Topology, ImmutableArray<PlanStep> Steps, ImmutableArray<ImmutableArray<PlanStep>> Stages, ImmutableArray<int> StageOfStep, PlanSummary Summary);
