using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// The steps one entry runs of one task: the list the task loops over
/// (`topo_steps[KEY][inventory_hostname]`), chained through the stage's steps
/// (<see cref="StageSteps.NextOf"/>), each step's item written from the step when the playbook is
/// written (<see cref="StepItem"/>), never kept as a tree.
/// </summary>
internal sealed class EntrySteps(string entry, TaskSteps task, StageSteps stage) : YamlMapSequence
{
    private int _count;
    private int _first = -1;
    private int _last = -1;

    // The item last asked for and its step: the writer asks for the items in order, each a step further along the chain.
    private int _at = -1;
    private int _atStep = -1;

    /// <summary>The inventory entry that runs the steps.</summary>
    public string Entry => entry;

    public override int Count => _count;

    /// <param name="step">The index in the stage of a step after every other of this list.</param>
    public void Add(int step)
    {
        if (_count == 0)
        {
            _first = step;
        }
        else
        {
            stage.Chain(_last, step);
        }

        _last = step;
        _count++;
    }

    public override void WriteItem(int index, YamlMapEntries entries)
    {
        var step = stage.Steps[StepAt(index)];
        var write = task.SharedItem ?? StepActions.For(step, stage.BuildFiles).Item;
        write(step, stage.Values, entries);
    }

    /// <summary>The index in the stage of the list's item <paramref name="index"/>.</summary>
    private int StepAt(int index)
    {
        if (_at < 0 || index < _at)
        {
            (_at, _atStep) = (0, _first);
        }

        for (; _at < index; _at++)
        {
            _atStep = stage.NextOf(_atStep);
        }

        return _atStep;
    }
}
