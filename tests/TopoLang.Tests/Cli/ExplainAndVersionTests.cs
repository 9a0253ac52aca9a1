namespace TopoLang.Tests.Cli;

public sealed class ExplainAndVersionTests
{
    [Fact]
    public void Explain_prints_the_page_of_a_known_code()
    {
        var result = CliRunner.Run("explain", "TOPO0002");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("TOPO0002", result.Out);
    }

    [Fact]
    public void Explain_accepts_a_lower_case_code()
    {
        Assert.Equal(0, CliRunner.Run("explain", "topo9001").ExitCode);
    }

    [Fact]
    public void Explain_of_an_unknown_code_exits_2()
    {
        var result = CliRunner.Run("explain", "TOPO1234");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown diagnostic code", result.Error);
    }

    [Fact]
    public void Version_prints_the_version_and_exits_0()
    {
        var result = CliRunner.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Fact]
    public void Unknown_command_exits_2()
    {
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
    }
}
