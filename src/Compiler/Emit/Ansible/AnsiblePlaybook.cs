using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// `ansible/site.yml`: first a check that the operator gave every value the plan needs, then one
/// play per stage, in order, on the stage's group (`stage_N`). Ansible runs each task of a play
/// on all of the play's hosts at once (`--forks` of them at a time), and the next play only when
/// this one is done on every host: the plan's order, across thousands of hosts. (Strategy
/// `linear`, Ansible's default: `free` would save little, a stage having one task per kind of
/// step, and ansible-lint's run-once rule rejects it.) A play holds the stage's steps as data (`topo_steps`: task, then entry, then the
/// steps) and one task per kind of step, which loops over its entry's steps (<see cref="StepTask"/>).
/// </summary>
internal static class AnsiblePlaybook
{
    /// <summary>The playbook's tree, written when the build writes the file (<see cref="YamlText.File"/>).</summary>
    public static YamlNode Document(DeploymentPlanModel plan, PlaybookValues values, IReadOnlySet<string> buildFiles)
    {
        var plays = new List<YamlNode>();
        if (values.Keys.Any())
        {
            plays.Add(ValuesCheck(values));
        }

        var runners = new StepRunners();
        for (var i = 0; i < plan.Stages.Length; i++)
        {
            plays.Add(StagePlay(i, plan.Stages.Length, StageSteps.Of(plan.Stages[i], buildFiles, values, runners)));
        }

        if (plays.Count == 0)
        {
            // Ansible refuses a playbook without a play: a topology of networks alone still gets one that runs.
            plays.Add(NothingToDeploy(plan));
        }

        return YamlNode.Sequence(plays);
    }

    private static YamlMap NothingToDeploy(DeploymentPlanModel plan) => new YamlMap()
        .Add("name", YamlNode.Text("Nothing to deploy"))
        .Add("hosts", YamlNode.Word("localhost"))
        .Add("gather_facts", YamlNode.Word("false"))
        .Add("tasks", YamlNode.Sequence(new YamlMap()
            .Add("name", YamlNode.Text("Say that the plan has no step"))
            .Add("ansible.builtin.debug", YamlMap.Of("msg", YamlNode.Text(JinjaText.Of($"The plan of {plan.Topology} has no step: it declares no host with a hypervisor and no cloud.", PlaybookValues.None))))));

    private static YamlMap ValuesCheck(PlaybookValues values)
    {
        var that = values.Keys.Select(key => YamlNode.Text($"{JinjaText.StringLiteral(key)} in {PlaybookValues.Variable}"))
            .Prepend(YamlNode.Text($"{PlaybookValues.Variable} is defined and {PlaybookValues.Variable} is mapping"));
        var assert = new YamlMap()
            .Add("that", YamlNode.Sequence(that))
            .Add("fail_msg", YamlNode.Text($"Give every value the plan needs in {PlaybookValues.Variable} (-e @values.yml; docs/ansible.md)"))
            .Add("quiet", YamlNode.Word("true"));
        var task = new YamlMap()
            .Add("name", YamlNode.Text($"Every value the plan needs is in {PlaybookValues.Variable}"))
            .Add("ansible.builtin.assert", assert);
        return new YamlMap()
            .Add("name", YamlNode.Text("Check the values the operator gives"))
            .Add("hosts", YamlNode.Word("localhost"))
            .Add("gather_facts", YamlNode.Word("false"))
            .Add("tasks", YamlNode.Sequence(task));
    }

    private static YamlMap StagePlay(int index, int count, StageSteps stage)
    {
        var vars = new YamlMap();
        var tasks = new List<YamlNode>();
        stage.Files.AddTo(vars, tasks);
        var steps = new YamlMap();
        foreach (var task in stage.Tasks)
        {
            steps.Add(task.Task.Key, PerEntry(task));
            tasks.Add(StepTaskNode(task.Task));
        }

        vars.Add("topo_steps", steps);
        var number = (index + 1).ToString(CultureInfo.InvariantCulture);
        return new YamlMap()
            .Add("name", YamlNode.Text($"Stage {number} of {count.ToString(CultureInfo.InvariantCulture)}"))
            .Add("hosts", YamlNode.Word(GroupNames.Stage(index)))
            .Add("gather_facts", YamlNode.Word("false"))
            .Add("become", YamlNode.Word("true"))
            .Add("vars", vars)
            .Add("tasks", YamlNode.Sequence(tasks));
    }

    /// <summary>The steps of one task, by the entry that runs them, in plan order.</summary>
    private static YamlMap PerEntry(TaskSteps task)
    {
        var entries = new YamlMap(capacity: task.Entries.Count);
        foreach (var steps in task.Entries)
        {
            entries.Add(steps.Entry, steps);
        }

        return entries;
    }

    private static YamlMap StepTaskNode(StepTask task)
    {
        var node = new YamlMap()
            .Add("name", YamlNode.Text(task.Name))
            .Add(task.Module, task.Options())
            .Add("loop", YamlNode.Text($"{{{{ topo_steps[{JinjaText.StringLiteral(task.Key)}][inventory_hostname] | default([]) }}}}"))
            .Add("loop_control", YamlMap.Of("label", YamlNode.Text("{{ item.id }}")));
        if (task.IsCommand)
        {
            // A command's effect is its own: a check changes nothing, everything else is taken as a change.
            node.Add("changed_when", YamlNode.Word("item.changes"));
            node.Add("environment", YamlNode.Text("{{ topo_environment | default({}) }}"));
        }

        return node.Add("tags", YamlNode.Sequence(YamlNode.Text(task.Kind)));
    }
}
