namespace TopoLang.Tests.Cli;

public sealed class GraphCommandTests : System.IDisposable
{
    private readonly CliRunner _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Graph_prints_graphviz_dot_by_default()
    {
        var path = _files.Write("lab.topo", LabTopologies.EmulatedWebHost);

        var result = CliRunner.Run("graph", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\ndigraph \"lab\" {\n", result.Out);
        Assert.Contains("web-1", result.Out);
        Assert.EndsWith("}\n", result.Out);
    }

    [Fact]
    public void Graph_in_mermaid_prints_a_flowchart()
    {
        var path = _files.Write("lab.topo", LabTopologies.EmulatedWebHost);

        var result = CliRunner.Run("graph", path, "--format", "mermaid");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nflowchart LR\n", result.Out);
        Assert.Contains("web-1", result.Out);
    }

    [Fact]
    public void Graph_in_another_format_is_a_usage_error()
    {
        var path = _files.Write("lab.topo", LabTopologies.EmulatedWebHost);

        Assert.Equal(2, CliRunner.Run("graph", path, "--format", "png").ExitCode);
    }
}
