using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Ansible;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Yaml;
using YamlDotNet.RepresentationModel;
using YamlNode = TopoLang.Compiler.Emit.Yaml.YamlNode;

namespace TopoLang.Tests.Ansible;

/// <summary>How a stage's steps are grouped for its play (`topo_steps`), and each step's item written from the step.</summary>
public sealed class StageStepsTests
{
    private static readonly IReadOnlySet<string> BuildFiles = new HashSet<string> { "hosts/h1/lan.xml", "hosts/h1/web.xml", "hosts/h2/db.xml" };

    [Fact]
    public void Steps_are_listed_by_task_then_by_entry_each_in_the_order_of_its_first_step()
    {
        var stage = ImmutableArray.Create(
            Step("define-guest", "h2/db", "virsh", "define", "hosts/h2/db.xml"),
            Step("create-disk", "h1/web", "qemu-img", "create", "web.qcow2"),
            Step("define-guest", "h1/web", "virsh", "define", "hosts/h1/web.xml"),
            Step("define-guest", "h2/db2", "virsh", "define", "hosts/h2/db.xml"));

        var steps = StageSteps.Of(stage, BuildFiles, PlaybookValues.None, new StepRunners());

        Assert.Equal(new[] { "define-guest/virt", "create-disk/command" }, steps.Tasks.Select(task => task.Task.Key));
        var defines = steps.Tasks[0].Entries;
        Assert.Equal(new[] { "h2", "h1" }, defines.Select(entry => entry.Entry));
        Assert.Equal(new[] { "define-guest:h2/db", "define-guest:h2/db2" }, Items(defines[0]).Select(item => Scalar(item, "id")));
    }

    [Fact]
    public void An_entry_s_list_is_written_alike_each_time()
    {
        var stage = ImmutableArray.Create(
            Step("start-guest", "h1/a", "virsh", "start", "a"),
            Step("start-guest", "h2/b", "virsh", "start", "b"),
            Step("start-guest", "h1/c", "virsh", "start", "c"));
        var h1 = StageSteps.Of(stage, BuildFiles, PlaybookValues.None, new StepRunners()).Tasks.Single().Entries[0];

        var first = YamlText.Write(h1);

        Assert.Equal(first, YamlText.Write(h1));
        Assert.Equal(new[] { "a", "c" }, Items(h1).Select(item => Scalar(item, "name")));
    }

    [Fact]
    public void Two_tasks_of_one_key_write_each_step_s_own_item()
    {
        // One kind both defines and starts a network: both are virt_net, with different items.
        var stage = ImmutableArray.Create(
            Step("network", "h1/lan", "virsh", "net-define", "hosts/h1/lan.xml"),
            Step("network", "h1/lan", "virsh", "net-start", "lan"));

        var task = StageSteps.Of(stage, BuildFiles, PlaybookValues.None, new StepRunners()).Tasks.Single();
        var items = Items(task.Entries.Single());

        Assert.Null(task.SharedItem);
        Assert.Equal(new[] { "id", "name", "artifact" }, Keys(items[0]));
        Assert.Equal(new[] { "id", "name" }, Keys(items[1]));
        Assert.Equal("lan", Scalar(items[1], "name"));
    }

    [Fact]
    public void A_command_s_files_are_listed_per_entry_each_once()
    {
        var stage = ImmutableArray.Create(
            Step("copy-twice", "h1/web", "cp", "hosts/h1/web.xml", "hosts/h1/web.xml"),
            Step("copy-again", "h1/web2", "cp", "hosts/h1/web.xml", "hosts/h1/lan.xml"));
        var vars = new YamlMap();

        StageSteps.Of(stage, BuildFiles, PlaybookValues.None, new StepRunners()).Files.AddTo(vars, new List<YamlNode>());

        var copies = (YamlMappingNode)((YamlMappingNode)AnsibleOutput.Parse(YamlText.Write(vars)))["topo_copies"];
        Assert.Equal(new[] { "hosts/h1/web.xml", "hosts/h1/lan.xml" }, ((YamlSequenceNode)copies["h1"]).Children.Select(node => ((YamlScalarNode)node).Value));
    }

    [Fact]
    public void A_step_s_entry_is_the_same_string_each_time_it_is_found()
    {
        var runners = new StepRunners();

        var first = runners.Of(Step("define-guest", "h1/web", "true"));
        var second = runners.Of(Step("start-guest", "h1/db", "true"));

        Assert.Equal("h1", first);
        Assert.Same(first, second);
        Assert.Equal("h2", runners.Of(Step("define-guest", "h2/web", "true")));
        Assert.Same(first, runners.Of(Step("start-guest", "h1/web", "true")));
        Assert.Equal("cloud", runners.Of(Step("create-stack", "cloud", "true")));
    }

    [Fact]
    public void An_argv_without_a_placeholder_is_the_same_array()
    {
        var argv = ImmutableArray.Create("virsh", "start", "web");

        var written = JinjaText.Of(argv, PlaybookValues.None);

        Assert.True(written == argv);
        Assert.Equal(new[] { "echo", "{{ '{{ x }}' }}" }, JinjaText.Of(ImmutableArray.Create("echo", "{{ x }}"), PlaybookValues.None));
    }

    private static PlanStep Step(string kind, string target, params string[] command) =>
        new(PlanStepIds.Of(kind, target), kind, target, ImmutableArray<string>.Empty, null, command.ToImmutableArray());

    private static IReadOnlyList<YamlMappingNode> Items(YamlNode list) =>
        ((YamlSequenceNode)AnsibleOutput.Parse(YamlText.Write(list))).Children.Cast<YamlMappingNode>().ToList();

    private static string? Scalar(YamlMappingNode item, string key) => ((YamlScalarNode)item[key]).Value;

    private static IEnumerable<string?> Keys(YamlMappingNode item) => item.Children.Keys.Select(key => ((YamlScalarNode)key).Value);
}
