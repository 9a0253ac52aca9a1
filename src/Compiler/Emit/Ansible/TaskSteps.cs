using System;
using System.Collections.Generic;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>The steps of a stage that one task does, by the entry that runs them, in the order of each entry's first step.</summary>
internal sealed class TaskSteps(StepTask task, StageSteps stage)
{
    private readonly List<EntrySteps> _entries = new();
    private readonly Dictionary<string, EntrySteps> _byEntry = new(StringComparer.Ordinal);
    private EntrySteps? _last;

    /// <summary>The task of the first step: its options and name are the play's task.</summary>
    public StepTask Task { get; } = task;

    public IReadOnlyList<EntrySteps> Entries => _entries;

    /// <summary>
    /// How every step's item is written; null when two tasks share the key (a kind's `virsh
    /// net-define` and `net-start` are both virt_net) and write different items: each step's own
    /// task is then found again as the step is written.
    /// </summary>
    public StepItem? SharedItem { get; private set; } = task.Item;

    /// <param name="entry">The entry that runs the step, the same string as the last step's when it is the same entry (<see cref="StepRunners"/>).</param>
    /// <param name="step">The step's index in the stage.</param>
    /// <param name="stepTask">The step's own task, of the same key.</param>
    public void Add(string entry, int step, StepTask stepTask)
    {
        if (!ReferenceEquals(stepTask, Task))
        {
            SharedItem = null;
        }

        if (_last is null || !ReferenceEquals(entry, _last.Entry))
        {
            _last = StepsOf(entry);
        }

        _last.Add(step);
    }

    private EntrySteps StepsOf(string entry)
    {
        if (!_byEntry.TryGetValue(entry, out var steps))
        {
            steps = new EntrySteps(entry, this, stage);
            _byEntry.Add(entry, steps);
            _entries.Add(steps);
        }

        return steps;
    }
}
