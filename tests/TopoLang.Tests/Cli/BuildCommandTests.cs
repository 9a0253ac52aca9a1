using System.IO;

namespace TopoLang.Tests.Cli;

/// <summary>
/// `topo build FILE... -o DIR` writes each topology into DIR/&lt;topology&gt;/; two FILEs that
/// would write one folder are a usage error, found before anything is written.
/// </summary>
public sealed class BuildCommandTests : System.IDisposable
{
    private readonly CliRunner _files = new();

    public BuildCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_files.Directory, "a"));
        Directory.CreateDirectory(Path.Combine(_files.Directory, "b"));
    }

    private string Output => Path.Combine(_files.Directory, "out");

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Two_files_with_one_base_name_are_a_usage_error_and_nothing_is_written()
    {
        var first = _files.Write(Path.Combine("a", "lab.topo"), LabTopologies.OneNetwork);
        var second = _files.Write(Path.Combine("b", "lab.topo"), LabTopologies.EmulatedWebHost);

        var result = CliRunner.Run("build", first, second, "-o", Output);

        Assert.Equal((2, ""), (result.ExitCode, result.Out));
        Assert.Contains($"topo: error: '{first}' and '{second}' would both write topology 'lab' into {Path.Combine(Output, "lab")}", result.Error);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Two_files_that_name_one_topology_are_a_usage_error()
    {
        var first = _files.Write(Path.Combine("a", "one.topo"), "topology lab\n" + LabTopologies.OneNetwork);
        var second = _files.Write(Path.Combine("b", "two.topo"), "topology lab\n" + LabTopologies.OneNetwork);

        var result = CliRunner.Run("build", first, second, "-o", Output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("would both write topology 'lab'", result.Error);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Topology_names_that_differ_only_in_case_are_a_usage_error()
    {
        var first = _files.Write(Path.Combine("a", "lab.topo"), LabTopologies.OneNetwork);
        var second = _files.Write(Path.Combine("b", "Lab.topo"), LabTopologies.OneNetwork);

        var result = CliRunner.Run("build", first, second, "-o", Output);

        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_clash_leaves_an_earlier_build_of_either_file_untouched()
    {
        var first = _files.Write(Path.Combine("a", "lab.topo"), LabTopologies.EmulatedWebHost);
        var second = _files.Write(Path.Combine("b", "lab.topo"), LabTopologies.OneNetwork);
        Assert.Equal(0, CliRunner.Run("build", first, "-o", Output).ExitCode);
        var guest = Path.Combine(Output, "lab", "hosts", "h1", "web-1.xml");
        var before = File.ReadAllBytes(guest);

        CliRunner.Run("build", first, second, "-o", Output);

        Assert.Equal(before, File.ReadAllBytes(guest));
    }

    [Fact]
    public void Files_with_distinct_topology_names_each_get_their_folder()
    {
        var first = _files.Write(Path.Combine("a", "lab.topo"), LabTopologies.OneNetwork);
        var second = _files.Write(Path.Combine("b", "lab.topo"), "topology lab2\n" + LabTopologies.OneNetwork);

        var result = CliRunner.Run("build", first, second, "-o", Output);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(Output, "lab", "lab.plan.json")));
        Assert.True(File.Exists(Path.Combine(Output, "lab2", "lab2.plan.json")));
    }
}
