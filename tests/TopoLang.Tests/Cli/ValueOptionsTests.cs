using System.IO;
using System.Linq;
using System.Text.Json;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Cli;

/// <summary>`--values FILE` and `-v kind:key=value`: the operator's values in the artifacts and the plan.</summary>
public sealed class ValueOptionsTests : System.IDisposable
{
    /// <summary>A value with everything a shell or JSON could trip on.</summary>
    private const string Hostile = "it's \"$HOME\" `id` \\ ; {x}";

    private readonly CliRunner _files = new();

    public void Dispose() => _files.Dispose();

    private static string Datacenter => RepositoryTopologies.Datacenter;

    private static string EveryValue(string value) =>
        string.Join("\n", RepositoryTopologies.Compile(Datacenter).ValueNames().Select(name => name + "=" + value)) + "\n";

    [Fact]
    public void Without_values_the_plan_marks_the_steps_that_need_them_blocked()
    {
        var result = CliRunner.Run("plan", Datacenter, "--format", "json");

        using var plan = JsonDocument.Parse(result.Out);
        var storefront = plan.RootElement.GetProperty("steps").EnumerateArray().Single(step => step.GetProperty("id").GetString() == "deploy-instance:kt-g1/storefront");
        Assert.True(storefront.GetProperty("blocked").GetBoolean());
        Assert.Contains("zone:kr-central-2", storefront.GetProperty("missing").EnumerateArray().Select(value => value.GetString()));
    }

    [Fact]
    public void With_every_value_in_a_file_no_step_is_blocked()
    {
        var values = _files.Write("values.txt", "# the operator's ids\n\n" + EveryValue("id-1"));

        var result = CliRunner.Run("plan", Datacenter, "--format", "json", "--values", values);

        Assert.Equal(0, result.ExitCode);
        using var plan = JsonDocument.Parse(result.Out);
        Assert.All(plan.RootElement.GetProperty("steps").EnumerateArray(), step => Assert.False(step.TryGetProperty("blocked", out _)));
        Assert.DoesNotContain("${", string.Join(" ", plan.RootElement.GetProperty("steps").EnumerateArray().SelectMany(step => step.GetProperty("command").EnumerateArray().Select(word => word.GetString()))));
    }

    [Fact]
    public void A_value_on_the_command_line_wins_over_the_file()
    {
        var values = _files.Write("values.txt", "zone:kr-central-2=from-file\n");
        var output = Path.Combine(_files.Directory, "out");

        var result = CliRunner.Run("build", Datacenter, "-o", output, "--values", values, "-v", "zone:kr-central-2=from-option");

        Assert.Equal(0, result.ExitCode);
        var script = File.ReadAllText(Path.Combine(output, "datacenter", "clouds", "kt-g1", "storefront.cmk"));
        Assert.Contains("zoneid='from-option'", script);
        Assert.DoesNotContain("from-file", script);
    }

    [SkippableFact]
    public void Built_with_hostile_values_the_CloudStack_files_hold_them_and_pass_their_validator()
    {
        ExternalTool.Require(TestTools.SystemPython);
        ExternalTool.Require(TestTools.Shell);
        var values = _files.Write("values.txt", EveryValue(Hostile));
        var output = Path.Combine(_files.Directory, "out");

        var result = CliRunner.Run("build", Datacenter, "-o", output, "--values", values);

        Assert.Equal(0, result.ExitCode);
        var clouds = Path.Combine(output, "datacenter", "clouds", "kt-g1");
        var json = Path.Combine(clouds, "storefront.cloudstack.json");
        var script = Path.Combine(clouds, "storefront.cmk");
        using (var calls = JsonDocument.Parse(File.ReadAllText(json)))
        {
            Assert.Equal(Hostile, calls.RootElement.GetProperty("calls")[0].GetProperty("params").GetProperty("zoneid").GetString());
        }

        Assert.DoesNotContain("${", File.ReadAllText(script));
        var validator = RepositoryValidators.CloudStack(new[] { json, script });
        Assert.True(validator.ExitCode == 0, validator.Combined);
        var syntax = ExternalTool.Run(TestTools.Shell, "-n", script);
        Assert.True(syntax.ExitCode == 0, syntax.Combined);
    }

    [Fact]
    public void A_value_that_names_no_placeholder_is_a_usage_error_and_nothing_is_written()
    {
        var output = Path.Combine(_files.Directory, "out");

        var result = CliRunner.Run("build", Datacenter, "-o", output, "-v", "zone:nowhere=1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no placeholder is named 'zone:nowhere'", result.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_malformed_values_file_is_a_usage_error_naming_its_line()
    {
        var values = _files.Write("values.txt", "zone:kr-central-2=1\nnot a value\n");

        var result = CliRunner.Run("plan", Datacenter, "--values", values);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("values.txt(2): write kind:key=value", result.Error);
    }

    [Fact]
    public void A_values_file_that_cannot_be_read_is_a_usage_error()
    {
        var result = CliRunner.Run("plan", Datacenter, "--values", Path.Combine(_files.Directory, "missing.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--values", result.Error);
    }

    [Fact]
    public void Plan_with_an_output_folder_prints_the_probe_path_of_the_built_plan()
    {
        var output = Path.Combine(_files.Directory, "out");
        CliRunner.Run("build", Datacenter, "-o", output);

        var result = CliRunner.Run("plan", Datacenter, "--format", "json", "-o", output);

        Assert.Equal(File.ReadAllText(Path.Combine(output, "datacenter", "datacenter.plan.json")), result.Out);
    }
}
