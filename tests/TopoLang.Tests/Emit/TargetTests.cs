using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Emit;

/// <summary>Targets own their output: files, steps and placeholders come from them, and one target can be emitted alone.</summary>
public sealed class TargetTests
{
    private static readonly string[] Tools = { "\"virsh\"", "\"xl\"", "\"openstack\"", "\"cmk\"", "\"apt-get\"", "\"qemu-img\"" };

    [Fact]
    public void The_plan_builder_names_no_tool()
    {
        var plan = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Compiler", "Emit", "Plan"), "*.cs");

        Assert.NotEmpty(plan);
        Assert.All(plan, file => Assert.DoesNotContain(Tools, tool => File.ReadAllText(file).Contains(tool, System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_target_is_listed_once()
    {
        Assert.Equal(System.Enum.GetValues<TargetKind>(), KnownTargets.All.Select(target => target.Kind));
    }

    [Fact]
    public void The_graph_is_emitted_alone_with_the_same_bytes_as_in_a_build()
    {
        var compilation = TopoCompilation.FromFile(RepositoryTopologies.Datacenter);

        var alone = compilation.Emit(TargetKind.Graph);
        var inBuild = compilation.Emit().Targets.Single(target => target.Target == TargetKind.Graph);

        Assert.Equal(new[] { "datacenter.dot", "datacenter.mmd" }, alone.Files.Select(file => file.File.RelativePath));
        Assert.Equal(inBuild.Files.Select(file => file.File), alone.Files.Select(file => file.File));
    }

    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void Each_file_carries_exactly_the_placeholders_written_in_it(string relativePath)
    {
        var targets = RepositoryTopologies.Compile(relativePath).Emit().Targets;

        Assert.All(targets.SelectMany(target => target.Files), file =>
            Assert.Equal(WrittenPlaceholders.Find(new[] { file.File.Text }), file.Placeholders.Select(p => p.Text).Distinct().Order(System.StringComparer.Ordinal)));
    }
}
