using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// Builds the deployment plan of a valid topology (docs/plan-schema.md) from what the targets
/// contribute: per host with a hypervisor, `topo probe` validates it, then the targets add their
/// steps for it (install, networks, guests); per cloud, the targets add theirs (register the
/// compute hosts, create the deployments). The builder knows no target's tools: it orders the
/// steps, stages them and sums them up, and lists the placeholders the targets say they wrote.
/// </summary>
public static class PlanBuilder
{
    /// <param name="entryArguments">
    /// What `topo probe` in validate-host steps is given to compile this same topology: the entry
    /// file and its `-p`/`--root` options, with paths relative to the folder the commands run from.
    /// </param>
    /// <param name="targets">The targets, asked for their steps in this order.</param>
    /// <param name="files">The files the targets wrote with the plan, for their placeholders.</param>
    /// <param name="values">The operator's values, filled into the steps' commands; a step that needs one not given is blocked.</param>
    public static DeploymentPlanModel Build(TopologySemantics semantics, IReadOnlyList<string> entryArguments, IReadOnlyList<ITarget> targets, IEnumerable<TargetFile> files, OperatorValues values)
    {
        var model = semantics.Model;
        var contributed = new List<TargetStep>();
        foreach (var host in model.Hosts.Where(host => host.Hypervisor is not null))
        {
            contributed.Add(ValidateHost(host.Name.Value, entryArguments));
            contributed.AddRange(targets.SelectMany(target => target.HostSteps(semantics, host)));
        }

        foreach (var cloud in model.Clouds)
        {
            contributed.AddRange(targets.SelectMany(target => target.CloudSteps(semantics, cloud)));
        }

        var written = files.ToList();
        var artifacts = written.ToDictionary(file => file.File.RelativePath, file => file.Placeholders, StringComparer.Ordinal);
        var steps = Steps(contributed, contributed.Select(step => StepValues.Apply(step, step.Step.Artifact is { } artifact && artifacts.TryGetValue(artifact, out var held) ? held : ImmutableArray<Placeholder>.Empty, values)));
        var (stages, stageOfStep) = PlanStages.Of(steps);
        var toFill = ToFill(written.Select(file => file.Placeholders).Concat(contributed.Select(step => step.Placeholders)));
        return new DeploymentPlanModel(model.Name, steps, stages, stageOfStep, PlanSummaries.Of(semantics, steps, stages, toFill));
    }

    private static TargetStep ValidateHost(string host, IReadOnlyList<string> entryArguments)
    {
        var command = entryArguments.Prepend("probe").Prepend("topo").Append("--host").Append(host).ToImmutableArray();
        var step = new PlanStep(PlanStepIds.ValidateHost(host), PlanStepKinds.ValidateHost, host, ImmutableArray<string>.Empty, null, command);
        return new TargetStep(step, ImmutableArray<Placeholder>.Empty);
    }

    /// <remarks>Two steps with one id are refused when the steps are staged (<see cref="PlanStages"/>), which indexes the ids anyway.</remarks>
    private static ImmutableArray<PlanStep> Steps(IReadOnlyCollection<TargetStep> contributed, IEnumerable<PlanStep> steps)
    {
        var all = ImmutableArray.CreateBuilder<PlanStep>(contributed.Count);
        all.AddRange(steps);
        return all.MoveToImmutable();
    }

    /// <summary>What an operator must fill in, each once, sorted.</summary>
    /// <remarks>Each file's and step's list is read as it is: a fleet has 400,000 of them, nearly all empty, which a query over them would box.</remarks>
    private static IReadOnlyList<string> ToFill(IEnumerable<ImmutableArray<Placeholder>> lists)
    {
        var toFill = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            foreach (var placeholder in list)
            {
                if (placeholder.FilledBy == PlaceholderFiller.Operator)
                {
                    toFill.Add(placeholder.Text);
                }
            }
        }

        return toFill.ToList();
    }
}
