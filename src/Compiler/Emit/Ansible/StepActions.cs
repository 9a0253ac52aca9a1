using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// Turns a plan step into what Ansible does for it. A step whose command a module does the same
/// way becomes that module, idempotent where the module is: `apt-get install` is ansible.builtin.apt,
/// `systemctl reboot` ansible.builtin.reboot, the `virsh`
/// network and domain calls are community.libvirt.virt_net and virt (at `libvirt_uri`),
/// `openstack stack create` is openstack.cloud.stack. Any other step, of any kind, today's or a
/// later one, runs its own argv with ansible.builtin.command in the run folder (`topo_dir`), with
/// the build's files it names copied there first (<see cref="AddFilesOf"/>). The command decides,
/// not only the kind: a `start-guest` is `virsh start` on KVM and `xl create` on Xen. Nothing is
/// made for a step: the task is one per kind, its item written from the step (<see cref="StepTask.Item"/>).
/// </summary>
internal static class StepActions
{
    // Every step that is no apt-get install is compared with these: kept, not made for each.
    private static readonly string[] SystemctlReboot = { "systemctl", "reboot" };
    private static readonly string[] RebootCommand = { "reboot" };

    /// <summary>The task that does the step.</summary>
    public static StepTask For(PlanStep step, IReadOnlySet<string> buildFiles) =>
        Apt(step) ?? Reboot(step) ?? Virsh(step, buildFiles) ?? Stack(step, buildFiles) ?? StepModules.Command(step.Kind);

    /// <summary>`systemctl reboot` or `reboot`: a command would lose its connection; the module waits for the host to come back.</summary>
    private static StepTask? Reboot(PlanStep step) =>
        step.Command.AsSpan().SequenceEqual(SystemctlReboot) || step.Command.AsSpan().SequenceEqual(RebootCommand)
            ? StepModules.Reboot(step.Kind)
            : null;

    /// <summary>`apt-get install [-y] [--no-install-recommends] PACKAGE...`.</summary>
    private static StepTask? Apt(PlanStep step)
    {
        var argv = step.Command;
        if (argv.Length < 3 || argv[0] != "apt-get" || argv[1] != "install")
        {
            return null;
        }

        var packages = 0;
        foreach (var operand in argv.AsSpan(2, argv.Length - 2))
        {
            if (!operand.StartsWith('-'))
            {
                packages++;
            }
            else if (operand is not ("-y" or "--yes" or "--no-install-recommends"))
            {
                return null;
            }
        }

        return packages > 0 ? StepModules.Apt(step.Kind) : null;
    }

    /// <summary>`virsh net-define FILE`, `net-start NAME`, `define FILE`, `start NAME`, `autostart NAME`; FILE a file of the build.</summary>
    private static StepTask? Virsh(PlanStep step, IReadOnlySet<string> buildFiles)
    {
        var argv = step.Command;
        if (argv.Length != 3 || argv[0] != "virsh")
        {
            return null;
        }

        var (verb, operand) = (argv[1], argv[2]);
        return verb switch
        {
            "net-define" when buildFiles.Contains(operand) => StepModules.VirtNetDefine(step.Kind),
            "net-start" => StepModules.VirtNetStart(step.Kind),
            "define" when buildFiles.Contains(operand) => StepModules.VirtDefine(step.Kind),
            "start" => StepModules.VirtStart(step.Kind),
            "autostart" => StepModules.VirtAutostart(step.Kind),
            _ => null,
        };
    }

    /// <summary>`openstack stack create [--wait] -t TEMPLATE NAME`, TEMPLATE a file of the build.</summary>
    private static StepTask? Stack(PlanStep step, IReadOnlySet<string> buildFiles) =>
        StackOperands(step.Command) is { } operands && buildFiles.Contains(operands.Template)
            ? StepModules.Stack(step.Kind)
            : null;

    /// <summary>The template and the stack's name of `openstack stack create [--wait] -t TEMPLATE NAME`; null for any other command.</summary>
    public static (string Template, string Name)? StackOperands(ImmutableArray<string> argv)
    {
        if (argv.Length < 6 || argv[0] != "openstack" || argv[1] != "stack" || argv[2] != "create")
        {
            return null;
        }

        var rest = new List<string>(3);
        foreach (var word in argv.AsSpan(3, argv.Length - 3))
        {
            if (word != "--wait")
            {
                rest.Add(word);
            }
        }

        return rest.Count == 3 && rest[0] is ("-t" or "--template") && !rest[2].StartsWith('-') ? (rest[1], rest[2]) : null;
    }

    /// <summary>Adds to <paramref name="files"/> the build's files a command step names (its artifact first, then its argv's words) that it does not hold yet.</summary>
    /// <param name="files">The files of the entry that runs the step, a few: searched, rather than a set made, for each of a fleet's steps.</param>
    public static void AddFilesOf(PlanStep step, IReadOnlySet<string> buildFiles, List<string> files)
    {
        if (step.Artifact is { } artifact)
        {
            AddIfBuildFile(artifact, buildFiles, files);
        }

        foreach (var word in step.Command)
        {
            AddIfBuildFile(word, buildFiles, files);
        }
    }

    private static void AddIfBuildFile(string path, IReadOnlySet<string> buildFiles, List<string> files)
    {
        if (buildFiles.Contains(path) && !files.Contains(path))
        {
            files.Add(path);
        }
    }
}
