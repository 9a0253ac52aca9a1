namespace TopoLang.Tests.Cli;

/// <summary>`--warnaserror`, `--error CODE,...` and `--nowarn CODE,...` (docs/language.md, "The `topo` command"), on a file whose only finding is warning TOPO2004.</summary>
public sealed class DiagnosticOptionTests : System.IDisposable
{
    private readonly CliRunner _files = new();

    public void Dispose() => _files.Dispose();

    private string Lab() => _files.Write("lab.topo", LabTopologies.EmulatedWebHost);

    [Fact]
    public void A_warning_alone_exits_0()
    {
        var result = CliRunner.Run("check", Lab());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning TOPO2004", result.Out);
    }

    [Fact]
    public void Warnaserror_makes_every_warning_an_error()
    {
        var result = CliRunner.Run("check", Lab(), "--warnaserror");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error TOPO2004", result.Out);
    }

    [Fact]
    public void Error_makes_the_named_warning_an_error()
    {
        var result = CliRunner.Run("check", Lab(), "--error", "TOPO2004");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error TOPO2004", result.Out);
    }

    [Fact]
    public void Error_leaves_other_warnings_alone()
    {
        var result = CliRunner.Run("check", Lab(), "--error", "TOPO2003");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning TOPO2004", result.Out);
    }

    [Fact]
    public void Nowarn_hides_the_named_warning()
    {
        var result = CliRunner.Run("check", Lab(), "--nowarn", "TOPO2004");

        Assert.Equal((0, ""), (result.ExitCode, result.Out));
    }

    [Fact]
    public void An_unknown_code_is_a_usage_error()
    {
        var result = CliRunner.Run("check", Lab(), "--nowarn", "TOPO9999");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--nowarn TOPO9999: no such diagnostic code", result.Error);
    }
}
