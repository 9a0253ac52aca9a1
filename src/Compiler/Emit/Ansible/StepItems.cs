using System;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// The item of each task a step can map to (<see cref="StepModules"/>): the step's id, then what
/// the module's options read of it. Each is only given a step <see cref="StepActions"/> mapped to
/// its task, whose command it has checked.
/// </summary>
internal static class StepItems
{
    /// <summary>The id alone (a reboot: its message names the step).</summary>
    public static void Id(PlanStep step, PlaybookValues values, YamlMapEntries item) => item.Text("id", step.Id);

    /// <summary>`apt-get install`'s packages, and whether it installs their recommended ones.</summary>
    public static void Apt(PlanStep step, PlaybookValues values, YamlMapEntries item)
    {
        var operands = step.Command.AsSpan(2, step.Command.Length - 2);
        Id(step, values, item);
        item.Texts("packages", Packages(operands));
        item.Word("recommends", operands.Contains("--no-install-recommends") ? "false" : "true");
    }

    /// <summary>The operands that are no option: as they stand when the options come first, as an install is written, else picked out.</summary>
    private static ReadOnlySpan<string> Packages(ReadOnlySpan<string> operands)
    {
        var first = 0;
        while (first < operands.Length && operands[first].StartsWith('-'))
        {
            first++;
        }

        var packages = operands[first..];
        foreach (var operand in packages)
        {
            if (operand.StartsWith('-'))
            {
                return packages.ToArray().Where(word => !word.StartsWith('-')).ToArray();
            }
        }

        return packages;
    }

    /// <summary>`virsh net-define FILE`: virsh reads the network's name from the file; the module is told it, the last part of the step's target.</summary>
    public static void VirtNetDefine(PlanStep step, PlaybookValues values, YamlMapEntries item)
    {
        Id(step, values, item);
        item.Text("name", step.Target[(step.Target.LastIndexOf('/') + 1)..]);
        item.Text("artifact", step.Command[2]);
    }

    /// <summary>`virsh define FILE`.</summary>
    public static void VirtDefine(PlanStep step, PlaybookValues values, YamlMapEntries item)
    {
        Id(step, values, item);
        item.Text("artifact", step.Command[2]);
    }

    /// <summary>`virsh net-start NAME`, `start NAME`, `autostart NAME`.</summary>
    public static void VirtName(PlanStep step, PlaybookValues values, YamlMapEntries item)
    {
        Id(step, values, item);
        item.Text("name", step.Command[2]);
    }

    /// <summary>`openstack stack create -t TEMPLATE NAME`.</summary>
    public static void Stack(PlanStep step, PlaybookValues values, YamlMapEntries item)
    {
        var (template, name) = StepActions.StackOperands(step.Command)!.Value;
        Id(step, values, item);
        item.Text("name", name);
        item.Text("template", template);
    }

    /// <summary>Any other step: its argv, the operator's values filled in by Ansible, and whether it changes anything (a check does not).</summary>
    public static void Command(PlanStep step, PlaybookValues values, YamlMapEntries item)
    {
        Id(step, values, item);
        item.Texts("argv", JinjaText.Of(step.Command, values).AsSpan());
        item.Word("changes", step.Kind == PlanStepKinds.ValidateHost ? "false" : "true");
    }
}
