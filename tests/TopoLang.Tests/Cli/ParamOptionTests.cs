using System.IO;

namespace TopoLang.Tests.Cli;

/// <summary>`-p NAME=VALUE` sets a param; a name no FILE declares, or a value that does not fit, is a usage error.</summary>
public sealed class ParamOptionTests : System.IDisposable
{
    private readonly CliRunner _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_declared_param_takes_the_given_value()
    {
        var path = _files.Write("lab.topo", LabTopologies.EmulatedWebHost);

        var result = CliRunner.Run("plan", path, "-p", "web_count=3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("define-guest:h1/web-3", result.Out);
        Assert.DoesNotContain("web-4", result.Out);
    }

    [Fact]
    public void An_undeclared_param_is_a_usage_error()
    {
        var path = _files.Write("lab.topo", LabTopologies.EmulatedWebHost);

        var result = CliRunner.Run("check", path, "-p", "db_count=2");

        Assert.Equal((2, ""), (result.ExitCode, result.Out));
        Assert.Contains("topo: error: -p db_count: no param named 'db_count'", result.Error);
    }

    [Fact]
    public void A_value_that_does_not_fit_the_param_is_a_usage_error()
    {
        var path = _files.Write("lab.topo", LabTopologies.EmulatedWebHost);

        var result = CliRunner.Run("check", path, "-p", "web_count=many");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("topo: error: -p web_count", result.Error);
    }

    [Fact]
    public void With_several_files_a_param_applies_to_those_that_declare_it()
    {
        var declaring = _files.Write("lab.topo", LabTopologies.EmulatedWebHost);
        var other = _files.Write("net.topo", LabTopologies.OneNetwork);
        var output = Path.Combine(_files.Directory, "out");

        var result = CliRunner.Run("build", declaring, other, "-o", output, "-p", "web_count=2");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "lab", "hosts", "h1", "web-2.xml")));
        Assert.True(File.Exists(Path.Combine(output, "net", "networks", "lan.xml")));
    }

    [Fact]
    public void With_several_files_a_param_none_declares_is_a_usage_error()
    {
        var declaring = _files.Write("lab.topo", LabTopologies.EmulatedWebHost);
        var other = _files.Write("net.topo", LabTopologies.OneNetwork);

        var result = CliRunner.Run("check", declaring, other, "-p", "db_count=2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no param named 'db_count'", result.Error);
    }
}
