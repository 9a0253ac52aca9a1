using System;
using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// One task of a stage's play: a module with its options, run for each step of the stage that
/// maps to it, on the entry that runs the step. The options read the step from `item`
/// (<see cref="Item"/>), so a stage's play has one task per kind of step, however
/// many hosts and steps it covers.
/// </summary>
/// <param name="Key">Unique in a stage: the step kind, then what runs it (`define-guest/virt`).</param>
/// <param name="Kind">The plan's step kind, the task's tag.</param>
/// <param name="Module">The fully qualified module name.</param>
/// <param name="Options">The module's options, given a fresh map each time (a YAML map is written once).</param>
/// <param name="IsCommand">Runs the step's argv in the run folder: the step's files are copied there first.</param>
/// <param name="Item">Writes a step's item, what <paramref name="Options"/> read of it.</param>
internal sealed record StepTask(string Key, string Kind, string Module, Func<YamlMap> Options, bool IsCommand, StepItem Item)
{
    public string Name => $"Step {Kind} with {Module}";
}
