using System.Linq;
using System.Text.Json;

namespace TopoLang.Tests.Cli;

public sealed class PlanCommandTests : System.IDisposable
{
    private readonly CliRunner _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Plan_prints_the_stages_as_text_and_the_diagnostics_on_stderr()
    {
        var path = _files.Write("lab.topo", LabTopologies.EmulatedWebHost);

        var result = CliRunner.Run("plan", path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("plan for topology 'lab': ", result.Out);
        Assert.Contains("define-guest:h1/web-1  virsh define hosts/h1/web-1.xml", result.Out);
        Assert.Contains("warning TOPO2004", result.Error);
        Assert.DoesNotContain("TOPO2004", result.Out);
    }

    [Fact]
    public void Plan_in_json_prints_one_plan_document_only()
    {
        var path = _files.Write("lab.topo", LabTopologies.EmulatedWebHost);

        var result = CliRunner.Run("plan", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var plan = JsonDocument.Parse(result.Out);
        Assert.Equal(2, plan.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("lab", plan.RootElement.GetProperty("topology").GetString());
        var ids = plan.RootElement.GetProperty("steps").EnumerateArray().Select(step => step.GetProperty("id").GetString()).ToList();
        Assert.Contains("start-guest:h1/web-1", ids);
    }

    [Fact]
    public void Plan_of_a_file_with_errors_exits_1_and_prints_no_plan()
    {
        var path = _files.Write("lab.topo", "network lan {\n  cidr = \"10.0.1.0/24\"\n}\n");

        var result = CliRunner.Run("plan", path);

        Assert.Equal((1, ""), (result.ExitCode, result.Out));
        Assert.Contains("error TOPO0002", result.Error);
    }
}
