using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace TopoLang.Tests.Ansible;

/// <summary>What the generated playbook and inventory say, read back with a YAML reader.</summary>
public sealed class AnsiblePlaybookContentTests
{
    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void Every_step_is_an_item_of_its_own_stage_s_play_exactly_once(string topology)
    {
        var result = RepositoryTopologies.Compile(topology).Emit();
        var plays = StagePlays(result);

        Assert.Equal(result.Plan.Model.Stages.Length, plays.Count);
        for (var i = 0; i < plays.Count; i++)
        {
            var items = StepItems(plays[i]).Select(item => Scalar(item, "id")).ToList();
            Assert.Equal(result.Plan.Model.Stages[i].Select(step => step.Id).Order(StringComparer.Ordinal), items.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_stage_s_play_runs_on_the_stage_s_group_of_the_inventory()
    {
        var result = Datacenter();
        var groups = (YamlMappingNode)At(AnsibleOutput.Parse(AnsibleOutput.Text(result, ArtifactPaths.AnsibleInventory)), "all", "children");
        var plays = StagePlays(result);

        for (var i = 0; i < plays.Count; i++)
        {
            var group = Scalar(plays[i], "hosts");
            var members = ((YamlMappingNode)At(groups, group, "hosts")).Children.Keys.Select(key => ((YamlScalarNode)key).Value!);
            var runners = result.Plan.Model.Stages[i].Select(step => step.Target.Split('/')[0]).Distinct();
            Assert.Equal(runners, members);
        }
    }

    [Fact]
    public void A_xen_domu_starts_from_its_xl_cfg_with_the_command_module_after_the_file_is_copied()
    {
        var play = StagePlays(Datacenter()).Single(p => StepItems(p).Any(item => Scalar(item, "id") == "start-guest:xen-01/pv-build"));

        var argv = (YamlSequenceNode)((YamlSequenceNode)At(play, "vars", "topo_steps", "start-guest/command", "xen-01")).Children.Cast<YamlMappingNode>()
            .Single(item => Scalar(item, "id") == "start-guest:xen-01/pv-build")["argv"];
        var copies = (YamlSequenceNode)At(play, "vars", "topo_copies", "xen-01");

        Assert.Equal(new[] { "xl", "create", "hosts/xen-01/pv-build.cfg" }, argv.Children.Select(node => ((YamlScalarNode)node).Value));
        Assert.Contains("hosts/xen-01/pv-build.cfg", copies.Children.Select(node => ((YamlScalarNode)node).Value));
    }

    [Fact]
    public void A_kvm_guest_is_defined_with_community_libvirt_from_its_xml_at_the_libvirt_uri()
    {
        var play = StagePlays(Datacenter()).Single(p => StepItems(p).Any(item => Scalar(item, "id") == "define-guest:kvm-01/web-1"));

        var task = ((YamlSequenceNode)play["tasks"]).Children.Cast<YamlMappingNode>().Single(t => t.Children.ContainsKey("community.libvirt.virt"));
        var item = ((YamlSequenceNode)At(play, "vars", "topo_steps", "define-guest/virt", "kvm-01")).Children.First();

        Assert.Equal("define", Scalar(task, "community.libvirt.virt", "command"));
        Assert.Equal("{{ libvirt_uri }}", Scalar(task, "community.libvirt.virt", "uri"));
        Assert.Contains("item.artifact", Scalar(task, "community.libvirt.virt", "xml"), StringComparison.Ordinal);
        Assert.Equal("hosts/kvm-01/web-1.xml", Scalar(item, "artifact"));
    }

    [Fact]
    public void The_operator_s_values_are_asserted_first_and_never_written_in()
    {
        var result = Datacenter();
        var text = AnsibleOutput.Text(result, ArtifactPaths.AnsiblePlaybook);
        var first = (YamlMappingNode)((YamlSequenceNode)AnsibleOutput.Parse(text)).Children[0];
        var that = ((YamlSequenceNode)At(first, "tasks")).Children.Cast<YamlMappingNode>().Single()["ansible.builtin.assert"];
        var asserted = ((YamlSequenceNode)((YamlMappingNode)that)["that"]).Children.Select(node => ((YamlScalarNode)node).Value).ToList();

        Assert.NotEmpty(result.Plan.Model.Summary.Placeholders);
        foreach (var placeholder in result.Plan.Model.Summary.Placeholders)
        {
            Assert.Contains($"'{placeholder[2..^1]}' in topo_values", asserted);
            Assert.DoesNotContain(placeholder, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Clouds_are_entries_of_the_control_node_without_root()
    {
        var inventory = AnsibleOutput.Parse(AnsibleOutput.Text(Datacenter(), ArtifactPaths.AnsibleInventory));

        var clouds = (YamlMappingNode)At(inventory, "all", "children", "clouds", "hosts");

        Assert.Equal(new[] { "acme-private", "kt-d1", "kt-g1" }, clouds.Children.Keys.Select(key => ((YamlScalarNode)key).Value));
        Assert.All(clouds.Children.Values, cloud => Assert.Equal("local", Scalar(cloud, "ansible_connection")));
        Assert.All(clouds.Children.Values, cloud => Assert.Equal("false", Scalar(cloud, "ansible_become")));
    }

    [Fact]
    public void A_path_that_reads_as_jinja_is_written_as_a_jinja_string()
    {
        var root = TestTemp.NewFolder("ansible-jinja-");
        var folder = Directory.CreateDirectory(Path.Combine(root, "lab{{ lookup('env','HOME') }}"));
        var entry = Path.Combine(folder.FullName, "lab.topo");
        File.WriteAllText(entry, "host h1 {\n  cpu intel { cores 4; features [vmx, ept] }\n  memory 16 GiB\n  hypervisor kvm { }\n}\n");
        var compilation = TopoCompilation.FromFile(entry);
        Assert.False(compilation.HasErrors);

        var play = StagePlays(compilation.Emit(outputDirectory: Path.Combine(root, "out", "lab")))[0];
        var argv = (YamlSequenceNode)((YamlSequenceNode)At(play, "vars", "topo_steps", "validate-host/command", "h1")).Children.Cast<YamlMappingNode>().Single()["argv"];

        Assert.Equal(@"{{ '../../lab{{ lookup(\'env\',\'HOME\') }}/lab.topo' }}", ((YamlScalarNode)argv.Children[2]).Value);
    }

    private static EmitResult Datacenter() =>
        RepositoryTopologies.Compile(Path.GetRelativePath(RepositoryPaths.Root, RepositoryTopologies.Datacenter)).Emit();

    /// <summary>The plays of the stages, in order (after the check of the operator's values, when there is one).</summary>
    private static List<YamlMappingNode> StagePlays(EmitResult result) =>
        ((YamlSequenceNode)AnsibleOutput.Parse(AnsibleOutput.Text(result, ArtifactPaths.AnsiblePlaybook))).Children
            .Cast<YamlMappingNode>()
            .Where(play => Scalar(play, "hosts").StartsWith("stage_", StringComparison.Ordinal))
            .ToList();

    /// <summary>Every step item of a play: topo_steps, by task, then by entry.</summary>
    private static IEnumerable<YamlMappingNode> StepItems(YamlMappingNode play) =>
        ((YamlMappingNode)At(play, "vars", "topo_steps")).Children.Values
            .SelectMany(perEntry => ((YamlMappingNode)perEntry).Children.Values)
            .SelectMany(items => ((YamlSequenceNode)items).Children.Cast<YamlMappingNode>());

    private static YamlNode At(YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return node;
    }

    private static string Scalar(YamlNode node, params string[] keys) => ((YamlScalarNode)At(node, keys)).Value!;
}
