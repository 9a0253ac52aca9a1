using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Plan;

/// <summary>
/// A validate-host step runs `topo probe` from the topology's output folder (docs/plan-schema.md),
/// on the very topology the plan was made from: its entry file, `-p` values and `--root`.
/// </summary>
public sealed class ProbeStepTests
{
    private static readonly string Entry = Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo");
    private static readonly string OutputFolder = Path.Combine(Path.GetTempPath(), "topo-probe-step", "out", "datacenter");

    private static IReadOnlyList<string> ProbeCommand(TopoCompilationOptions options, string? outputFolder) =>
        TopoCompilation.FromFile(Entry, options).Plan(outputFolder).Steps.First(step => step.Kind == "validate-host").Command;

    [Fact]
    public void The_entry_file_is_named_relative_to_the_output_folder()
    {
        var command = ProbeCommand(TopoCompilationOptions.Default, OutputFolder);

        Assert.Equal("probe", command[1]);
        Assert.False(Path.IsPathRooted(command[2]), command[2]);
        Assert.Equal(Entry, Path.GetFullPath(Path.Combine(OutputFolder, command[2])));
    }

    [Fact]
    public void Without_an_output_folder_the_entry_file_is_named_as_given()
    {
        var command = ProbeCommand(TopoCompilationOptions.Default, outputFolder: null);

        Assert.Equal(new[] { "topo", "probe", Entry, "--host", "kvm-01" }, command);
    }

    [Fact]
    public void The_params_given_from_outside_are_passed_on()
    {
        var options = TopoCompilationOptions.Default with { Parameters = ImmutableDictionary<string, string>.Empty.Add("web_count", "2") };

        var command = ProbeCommand(options, OutputFolder);

        Assert.Equal(new[] { "-p", "web_count=2", "--host", "kvm-01" }, command.Skip(3));
    }

    [Fact]
    public void A_root_other_than_the_entry_folder_is_passed_on_relative_to_the_output_folder()
    {
        var options = TopoCompilationOptions.Default with { ProjectRoot = RepositoryPaths.Examples };

        var command = ProbeCommand(options, OutputFolder).ToList();

        var root = command[command.IndexOf("--root") + 1];
        Assert.False(Path.IsPathRooted(root), root);
        Assert.Equal(RepositoryPaths.Examples, Path.GetFullPath(Path.Combine(OutputFolder, root)));
    }

    [Fact]
    public void The_entry_folder_as_root_is_not_passed_on()
    {
        var options = TopoCompilationOptions.Default with { ProjectRoot = Path.GetDirectoryName(Entry) };

        Assert.DoesNotContain("--root", ProbeCommand(options, OutputFolder));
    }
}
