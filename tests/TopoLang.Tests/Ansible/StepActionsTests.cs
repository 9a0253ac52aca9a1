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

        var task = StepActions.For(step, BuildFiles);

        Assert.Equal("ansible.builtin.command", task.Module);
        Assert.Equal("reboot-into-xen/command", task.Key);
        Assert.Equal(new[] { "sh", "-c", "systemctl reboot" }, Argv(step));
    }

    [Fact]
    public void A_reboot_is_ansible_builtin_reboot_which_waits_for_the_host_to_come_back()
    {
        var step = Step("reboot-host", "h1", null, "systemctl", "reboot");

        var task = StepActions.For(step, BuildFiles);

        Assert.Equal("ansible.builtin.reboot", task.Module);
    }

    [Fact]
    public void A_command_copies_the_build_files_it_names_to_the_host_first()
    {
        var step = Step("create-driver-domain", "h1/netdd", "hosts/h1/netdd.cfg", "xl", "create", "hosts/h1/netdd.cfg");

        var task = StepActions.For(step, BuildFiles);

        Assert.True(task.IsCommand);
        var files = new List<string>();
        StepActions.AddFilesOf(step, BuildFiles, files);
        Assert.Equal(new[] { "hosts/h1/netdd.cfg" }, files);
    }

    [Fact]
    public void Virsh_define_of_a_build_file_is_community_libvirt_virt_whatever_the_step_kind()
    {
        var step = Step("define-guest", "h1/web", "hosts/h1/web.xml", "virsh", "define", "hosts/h1/web.xml");

        var task = StepActions.For(step, BuildFiles);

        Assert.Equal("community.libvirt.virt", task.Module);
        Assert.False(task.IsCommand); // the module reads the file on the control node: none is copied to the host
        Assert.Equal("hosts/h1/web.xml", Scalar(Item(step), "artifact"));
    }

    [Fact]
    public void An_apt_install_with_an_option_the_module_cannot_say_stays_a_command()
    {
        var step = Step("install-packages", "h1", null, "apt-get", "install", "-y", "-t", "bookworm-backports", "qemu-system");

        var task = StepActions.For(step, BuildFiles);

        Assert.Equal("ansible.builtin.command", task.Module);
    }

    [Fact]
    public void An_apt_install_is_ansible_builtin_apt_with_its_packages()
    {
        var step = Step("install-packages", "h1", null, "apt-get", "install", "-y", "--no-install-recommends", "openvswitch-switch", "bridge-utils");

        var task = StepActions.For(step, BuildFiles);

        Assert.Equal("ansible.builtin.apt", task.Module);
        var packages = (YamlSequenceNode)Item(step)["packages"];
        Assert.Equal(new[] { "openvswitch-switch", "bridge-utils" }, packages.Children.Select(node => ((YamlScalarNode)node).Value));
    }

    [Fact]
    public void An_apt_install_s_packages_are_its_operands_that_are_no_option_wherever_the_options_are()
    {
        var step = Step("install-packages", "h1", null, "apt-get", "install", "openvswitch-switch", "-y", "bridge-utils", "--no-install-recommends");

        var item = Item(step);

        Assert.Equal(new[] { "openvswitch-switch", "bridge-utils" }, ((YamlSequenceNode)item["packages"]).Children.Select(node => ((YamlScalarNode)node).Value));
        Assert.Equal("false", Scalar(item, "recommends"));
    }

    private static PlanStep Step(string kind, string target, string? artifact, params string[] command) =>
        new(PlanStepIds.Of(kind, target), kind, target, ImmutableArray<string>.Empty, artifact, command.ToImmutableArray());

    private static IEnumerable<string?> Argv(PlanStep step) =>
        ((YamlSequenceNode)Item(step)["argv"]).Children.Select(node => ((YamlScalarNode)node).Value);

    /// <summary>The step's item, as the playbook writes it in its entry's list.</summary>
    private static YamlMappingNode Item(PlanStep step)
    {
        var list = StageSteps.Of(ImmutableArray.Create(step), BuildFiles, PlaybookValues.None, new StepRunners()).Tasks.Single().Entries.Single();
        return (YamlMappingNode)((YamlSequenceNode)AnsibleOutput.Parse(Compiler.Emit.Yaml.YamlText.Write(list))).Children.Single();
    }

    private static string? Scalar(YamlMappingNode item, string key) => ((YamlScalarNode)item[key]).Value;
}
