using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Ansible;
using TopoLang.Compiler.Emit.Plan;
using YamlDotNet.RepresentationModel;

namespace TopoLang.Tests.Ansible;

/// <summary>Which Ansible task a plan step becomes: a module where one does the command, else the command itself.</summary>
public sealed class StepActionsTests
{
    private static readonly IReadOnlySet<string> BuildFiles = new HashSet<string> { "hosts/h1/netdd.cfg", "hosts/h1/web.xml" };

    [Fact]
    public void A_step_kind_the_mapping_does_not_know_runs_its_argv_with_the_command_module()
    {
        var step = Step("reboot-into-xen", "h1", null, "sh", "-c", "systemctl reboot");

        var action = StepActions.For(step, BuildFiles, PlaybookValues.None);

        Assert.Equal("ansible.builtin.command", action.Task.Module);
        Assert.Equal("reboot-into-xen/command", action.Task.Key);
        Assert.Equal(new[] { "sh", "-c", "systemctl reboot" }, Argv(action));
    }

    [Fact]
    public void A_reboot_is_ansible_builtin_reboot_which_waits_for_the_host_to_come_back()
    {
        var step = Step("reboot-host", "h1", null, "systemctl", "reboot");

        var action = StepActions.For(step, BuildFiles, PlaybookValues.None);

        Assert.Equal("ansible.builtin.reboot", action.Task.Module);
    }

    [Fact]
    public void A_command_copies_the_build_files_it_names_to_the_host_first()
    {
        var step = Step("create-driver-domain", "h1/netdd", "hosts/h1/netdd.cfg", "xl", "create", "hosts/h1/netdd.cfg");

        var action = StepActions.For(step, BuildFiles, PlaybookValues.None);

        Assert.True(action.Task.IsCommand);
        Assert.Equal(new[] { "hosts/h1/netdd.cfg" }, action.Files);
    }

    [Fact]
    public void Virsh_define_of_a_build_file_is_community_libvirt_virt_whatever_the_step_kind()
    {
        var step = Step("define-guest", "h1/web", "hosts/h1/web.xml", "virsh", "define", "hosts/h1/web.xml");

        var action = StepActions.For(step, BuildFiles, PlaybookValues.None);

        Assert.Equal("community.libvirt.virt", action.Task.Module);
        Assert.Empty(action.Files);
    }

    [Fact]
    public void An_apt_install_with_an_option_the_module_cannot_say_stays_a_command()
    {
        var step = Step("install-packages", "h1", null, "apt-get", "install", "-y", "-t", "bookworm-backports", "qemu-system");

        var action = StepActions.For(step, BuildFiles, PlaybookValues.None);

        Assert.Equal("ansible.builtin.command", action.Task.Module);
    }

    [Fact]
    public void An_apt_install_is_ansible_builtin_apt_with_its_packages()
    {
        var step = Step("install-packages", "h1", null, "apt-get", "install", "-y", "--no-install-recommends", "openvswitch-switch", "bridge-utils");

        var action = StepActions.For(step, BuildFiles, PlaybookValues.None);

        Assert.Equal("ansible.builtin.apt", action.Task.Module);
        var packages = (YamlSequenceNode)AnsibleOutput.Parse(Compiler.Emit.Yaml.YamlText.Write(action.Item))["packages"];
        Assert.Equal(new[] { "openvswitch-switch", "bridge-utils" }, packages.Children.Select(node => ((YamlScalarNode)node).Value));
    }

    private static PlanStep Step(string kind, string target, string? artifact, params string[] command) =>
        new(PlanStepIds.Of(kind, target), kind, target, ImmutableArray<string>.Empty, artifact, command.ToImmutableArray());

    private static IEnumerable<string?> Argv(StepAction action) =>
        ((YamlSequenceNode)AnsibleOutput.Parse(Compiler.Emit.Yaml.YamlText.Write(action.Item))["argv"]).Children.Select(node => ((YamlScalarNode)node).Value);
}
