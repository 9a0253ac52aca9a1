using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// A stage's steps as its play lists them in `topo_steps`: by task (in the order of each task's
/// first step), then by the entry that runs them (<see cref="EntrySteps"/>), each entry's in plan
/// order; and the build's files its commands use (<see cref="StageFiles"/>). Made in one pass over
/// the stage, each step mapped to its task once, without a string for each step's entry
/// (<see cref="StepRunners"/>), and without copying the steps: an entry's steps of a task are
/// chained through the stage's own array (<see cref="NextOf"/>), where LINQ's groupings, then
/// growing lists, copied a fleet's steps into arrays two and three times over.
/// </summary>
internal sealed class StageSteps
{
    private readonly List<TaskSteps> _tasks = new();
    private readonly Dictionary<string, TaskSteps> _byKey = new(StringComparer.Ordinal);

    // For each step, the index of the next step of the same task and entry (-1 after the last).
    private readonly int[] _next;

    private StageSteps(ImmutableArray<PlanStep> steps, IReadOnlySet<string> buildFiles, PlaybookValues values)
    {
        Steps = steps;
        BuildFiles = buildFiles;
        Values = values;
        Files = new StageFiles(values);
        _next = new int[steps.Length];
    }

    /// <summary>The stage's steps, in plan order.</summary>
    public ImmutableArray<PlanStep> Steps { get; }

    public IReadOnlySet<string> BuildFiles { get; }

    public PlaybookValues Values { get; }

    public IReadOnlyList<TaskSteps> Tasks => _tasks;

    public StageFiles Files { get; }

    /// <param name="runners">The document's, which every stage's steps go through.</param>
    public static StageSteps Of(ImmutableArray<PlanStep> stage, IReadOnlySet<string> buildFiles, PlaybookValues values, StepRunners runners)
    {
        var steps = new StageSteps(stage, buildFiles, values);
        for (var i = 0; i < stage.Length; i++)
        {
            var step = stage[i];
            var task = StepActions.For(step, buildFiles);
            var entry = runners.Of(step);
            steps._next[i] = -1;
            steps.StepsOf(task).Add(entry, i, task);
            if (task.IsCommand)
            {
                steps.Files.Add(entry, step, buildFiles);
            }
        }

        return steps;
    }

    /// <summary>The index of the step after <paramref name="step"/> of the same task and entry; -1 after the last.</summary>
    public int NextOf(int step) => _next[step];

    /// <summary>Chains step <paramref name="next"/> after <paramref name="step"/>, the last of its task and entry so far.</summary>
    internal void Chain(int step, int next) => _next[step] = next;

    private TaskSteps StepsOf(StepTask task)
    {
        if (!_byKey.TryGetValue(task.Key, out var steps))
        {
            steps = new TaskSteps(task, this);
            _byKey.Add(task.Key, steps);
            _tasks.Add(steps);
        }

        return steps;
    }
}
