using System;
using System.Collections.Generic;
using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>The steps of a stage that one task does, by the entry that runs them, in the order of each entry's first step.</summary>
internal sealed class TaskSteps(StepTask task)
{
    private readonly List<(string Entry, List<PlanStep> Steps)> _entries = new();
    private readonly Dictionary<string, List<PlanStep>> _byEntry = new(StringComparer.Ordinal);
    private string? _lastEntry;
    private List<PlanStep>? _lastSteps;

    /// <summary>The task of the first step: its options and name are the play's task.</summary>
    public StepTask Task { get; } = task;

    public IReadOnlyList<(string Entry, List<PlanStep> Steps)> Entries => _entries;

    /// <summary>
    /// How every step's item is written; null when two tasks share the key (a kind's `virsh
    /// net-define` and `net-start` are both virt_net) and write different items: each step's own
    /// task is then found again as the step is written.
    /// </summary>
    public StepItem? SharedItem { get; private set; } = task.Item;

    /// <param name="entry">The entry that runs the step, the same string as the last step's when it is the same entry (<see cref="StepRunners"/>).</param>
    public void Add(string entry, PlanStep step, StepTask stepTask)
    {
        if (!ReferenceEquals(stepTask, Task))
        {
            SharedItem = null;
        }

        if (!ReferenceEquals(entry, _lastEntry) || _lastSteps is null)
        {
            _lastEntry = entry;
            _lastSteps = StepsOf(entry);
        }

        _lastSteps.Add(step);
    }

    private List<PlanStep> StepsOf(string entry)
    {
        if (!_byEntry.TryGetValue(entry, out var steps))
        {
            steps = new List<PlanStep>();
            _byEntry.Add(entry, steps);
            _entries.Add((entry, steps));
        }

        return steps;
    }
}
