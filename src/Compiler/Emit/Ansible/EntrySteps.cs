using System.Collections.Generic;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// The steps one entry runs of one task: the list the task loops over
/// (`topo_steps[KEY][inventory_hostname]`), each step's item written from the step when the
/// playbook is written (<see cref="StepItem"/>), never kept as a tree.
/// </summary>
/// <param name="item">How each step's item is written; null to find each step's own task again (<see cref="TaskSteps.SharedItem"/>).</param>
internal sealed class EntrySteps(IReadOnlyList<PlanStep> steps, StepItem? item, IReadOnlySet<string> buildFiles, PlaybookValues values) : YamlMapSequence
{
    public override int Count => steps.Count;

    public override void WriteItem(int index, YamlMapEntries entries)
    {
        var step = steps[index];
        var write = item ?? StepActions.For(step, buildFiles).Item;
        write(step, values, entries);
    }
}
