using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// Turns a plan step into what Ansible does for it. A step whose command a module does the same
/// way becomes that module, idempotent where the module is: `apt-get install` is ansible.builtin.apt,
/// `systemctl reboot` ansible.builtin.reboot, the `virsh`
/// network and domain calls are community.libvirt.virt_net and virt (at `libvirt_uri`),
/// `openstack stack create` is openstack.cloud.stack. Any other step, of any kind, today's or a
/// later one, runs its own argv with ansible.builtin.command in the run folder (`topo_dir`), with
/// the build's files it names copied there first. The command decides, not only the kind: a
/// `start-guest` is `virsh start` on KVM and `xl create` on Xen.
/// </summary>
internal static class StepActions
{
    // Every step that is no apt-get install is compared with these: kept, not made for each.
    private static readonly string[] SystemctlReboot = { "systemctl", "reboot" };
    private static readonly string[] RebootCommand = { "reboot" };

    public static StepAction For(PlanStep step, IReadOnlySet<string> buildFiles, PlaybookValues values) =>
        Apt(step) ?? Reboot(step) ?? Virsh(step, buildFiles) ?? Stack(step, buildFiles) ?? Command(step, buildFiles, values);

    /// <summary>`systemctl reboot` or `reboot`: a command would lose its connection; the module waits for the host to come back.</summary>
    private static StepAction? Reboot(PlanStep step) =>
        step.Command.AsSpan().SequenceEqual(SystemctlReboot) || step.Command.AsSpan().SequenceEqual(RebootCommand)
            ? new StepAction(step, StepModules.Reboot(step.Kind), Item(step), ImmutableArray<string>.Empty)
            : null;

    /// <summary>`apt-get install [-y] [--no-install-recommends] PACKAGE...`.</summary>
    private static StepAction? Apt(PlanStep step)
    {
        var argv = step.Command;
        if (argv.Length < 3 || argv[0] != "apt-get" || argv[1] != "install")
        {
            return null;
        }

        var options = argv.Skip(2).Where(a => a.StartsWith('-')).ToList();
        var packages = argv.Skip(2).Where(a => !a.StartsWith('-')).ToList();
        if (packages.Count == 0 || options.Any(o => o is not ("-y" or "--yes" or "--no-install-recommends")))
        {
            return null;
        }

        var item = Item(step)
            .Add("packages", YamlNode.Sequence(packages.Select(YamlNode.Text)))
            .Add("recommends", YamlNode.Word(options.Contains("--no-install-recommends") ? "false" : "true"));
        return new StepAction(step, StepModules.Apt(step.Kind), item, ImmutableArray<string>.Empty);
    }

    /// <summary>`virsh net-define FILE`, `net-start NAME`, `define FILE`, `start NAME`, `autostart NAME`; FILE a file of the build.</summary>
    private static StepAction? Virsh(PlanStep step, IReadOnlySet<string> buildFiles)
    {
        var argv = step.Command;
        if (argv.Length != 3 || argv[0] != "virsh")
        {
            return null;
        }

        var (verb, operand) = (argv[1], argv[2]);
        var task = verb switch
        {
            "net-define" when buildFiles.Contains(operand) => StepModules.VirtNetDefine(step.Kind),
            "net-start" => StepModules.VirtNetStart(step.Kind),
            "define" when buildFiles.Contains(operand) => StepModules.VirtDefine(step.Kind),
            "start" => StepModules.VirtStart(step.Kind),
            "autostart" => StepModules.VirtAutostart(step.Kind),
            _ => null,
        };
        if (task is null)
        {
            return null;
        }

        var item = Item(step);
        if (verb == "net-define")
        {
            // virsh reads the network's name from the file; the module is told it: the last part of the step's target.
            item.Add("name", YamlNode.Text(step.Target[(step.Target.LastIndexOf('/') + 1)..]));
        }

        item.Add(verb is "net-define" or "define" ? "artifact" : "name", YamlNode.Text(operand));
        return new StepAction(step, task, item, ImmutableArray<string>.Empty);
    }

    /// <summary>`openstack stack create [--wait] -t TEMPLATE NAME`, TEMPLATE a file of the build.</summary>
    private static StepAction? Stack(PlanStep step, IReadOnlySet<string> buildFiles)
    {
        var argv = step.Command;
        if (argv.Length < 6 || argv[0] != "openstack" || argv[1] != "stack" || argv[2] != "create")
        {
            return null;
        }

        var rest = argv.Skip(3).Where(a => a != "--wait").ToList();
        if (rest.Count != 3 || rest[0] is not ("-t" or "--template") || !buildFiles.Contains(rest[1]) || rest[2].StartsWith('-'))
        {
            return null;
        }

        var item = Item(step).Add("name", YamlNode.Text(rest[2])).Add("template", YamlNode.Text(rest[1]));
        return new StepAction(step, StepModules.Stack(step.Kind), item, ImmutableArray<string>.Empty);
    }

    /// <summary>Any other step: its argv, the operator's values filled in by Ansible, in the run folder.</summary>
    private static StepAction Command(PlanStep step, IReadOnlySet<string> buildFiles, PlaybookValues values)
    {
        var files = FilesOf(step, buildFiles);
        var item = Item(step)
            .Add("argv", YamlNode.Sequence(JinjaText.Of(step.Command, values).Select(YamlNode.Text)))
            .Add("changes", YamlNode.Word(step.Kind == PlanStepKinds.ValidateHost ? "false" : "true"));
        return new StepAction(step, StepModules.Command(step.Kind), item, files);
    }

    /// <summary>The build's files the step names (its artifact first, then its argv's words), each once.</summary>
    private static ImmutableArray<string> FilesOf(PlanStep step, IReadOnlySet<string> buildFiles)
    {
        // A step names a file or two, most none: a short list is searched rather than a set made, for each of a fleet's steps.
        ImmutableArray<string>.Builder? files = null;
        if (step.Artifact is { } artifact && buildFiles.Contains(artifact))
        {
            files = ImmutableArray.CreateBuilder<string>(2);
            files.Add(artifact);
        }

        foreach (var word in step.Command)
        {
            if (buildFiles.Contains(word) && (files is null || !files.Contains(word)))
            {
                files ??= ImmutableArray.CreateBuilder<string>(2);
                files.Add(word);
            }
        }

        return files is null ? ImmutableArray<string>.Empty : files.ToImmutable();
    }

    private static YamlMap Item(PlanStep step) => YamlMap.Of("id", YamlNode.Text(step.Id));
}
