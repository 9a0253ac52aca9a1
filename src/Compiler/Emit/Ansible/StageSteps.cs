using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// A stage's steps as its play lists them in `topo_steps`: by task (in the order of each task's
/// first step), then by the entry that runs them, each entry's in plan order; and the build's
/// files its commands use (<see cref="StageFiles"/>). Made in one pass over the stage, each step
/// mapped to its task once, without LINQ's groupings, which copied a fleet's steps into arrays
/// twice over, and without a string for each step's entry (<see cref="StepRunners"/>).
/// </summary>
internal sealed class StageSteps
{
    private readonly List<TaskSteps> _tasks = new();
    private readonly Dictionary<string, TaskSteps> _byKey = new(StringComparer.Ordinal);

    private StageSteps(StageFiles files) => Files = files;

    public IReadOnlyList<TaskSteps> Tasks => _tasks;

    public StageFiles Files { get; }

    public static StageSteps Of(ImmutableArray<PlanStep> stage, IReadOnlySet<string> buildFiles, PlaybookValues values)
    {
        var steps = new StageSteps(new StageFiles(values));
        var runners = new StepRunners();
        foreach (var step in stage)
        {
            var task = StepActions.For(step, buildFiles);
            var entry = runners.Of(step);
            steps.StepsOf(task).Add(entry, step, task);
            if (task.IsCommand)
            {
                steps.Files.Add(entry, StepActions.FilesOf(step, buildFiles));
            }
        }

        return steps;
    }

    private TaskSteps StepsOf(StepTask task)
    {
        if (!_byKey.TryGetValue(task.Key, out var steps))
        {
            steps = new TaskSteps(task);
            _byKey.Add(task.Key, steps);
            _tasks.Add(steps);
        }

        return steps;
    }
}
