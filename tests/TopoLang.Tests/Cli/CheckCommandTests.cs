using System.IO;
using System.Linq;
using System.Text.Json;

namespace TopoLang.Tests.Cli;

public sealed class CheckCommandTests : System.IDisposable
{
    private const string Valid = "network lan {\n  cidr \"10.0.1.0/24\"\n}\n";
    private const string Broken = "network lan {\n  cidr = \"10.0.1.0/24\"\n}\n";

    private readonly CliRunner _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Valid_file_exits_0_and_prints_nothing()
    {
        var result = CliRunner.Run("check", _files.Write("lab.topo", Valid));

        Assert.Equal((0, "", ""), (result.ExitCode, result.Out, result.Error));
    }

    [Fact]
    public void File_with_an_error_exits_1_with_the_msbuild_line_on_stdout()
    {
        var path = _files.Write("lab.topo", Broken);

        var result = CliRunner.Run("check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{path}(2,8,2,9): error TOPO0002: expected a value, '{{' or end of statement, found '='\n", result.Out);
    }

    [Fact]
    public void Exit_code_covers_every_file()
    {
        var result = CliRunner.Run("check", _files.Write("a.topo", Valid), _files.Write("b.topo", Broken));

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Missing_file_exits_2_with_one_line_on_stderr_and_nothing_on_stdout()
    {
        var result = CliRunner.Run("check", Path.Combine(_files.Directory, "nope.topo"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("no such file", result.Error);
    }

    [Fact]
    public void Directory_as_file_exits_2()
    {
        Assert.Equal(2, CliRunner.Run("check", _files.Directory).ExitCode);
    }

    [Fact]
    public void No_file_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("check").ExitCode);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("check", "--format", "xml", _files.Write("lab.topo", Valid)).ExitCode);
    }

    [Fact]
    public void Parameter_without_equals_is_a_usage_error()
    {
        var result = CliRunner.Run("check", "-p", "web_count", _files.Write("lab.topo", Valid));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NAME=VALUE", result.Error);
    }

    [Fact]
    public void Unknown_code_in_nowarn_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("check", "--nowarn", "TOPO7777", _files.Write("lab.topo", Valid)).ExitCode);
    }

    [Fact]
    public void Json_with_no_diagnostics_is_one_empty_document()
    {
        var result = CliRunner.Run("check", "--format", "json", _files.Write("lab.topo", Valid));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"diagnostics\":[]}", result.Out.TrimEnd('\n'));
    }

    [Fact]
    public void Json_diagnostic_has_the_fields_of_the_contract_in_order()
    {
        var path = _files.Write("lab.topo", Broken);

        var result = CliRunner.Run("check", "--format", "json", path);

        using var document = JsonDocument.Parse(result.Out);
        var diagnostic = Assert.Single(document.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(
            new[] { "code", "severity", "file", "line", "column", "endLine", "endColumn", "message" },
            diagnostic.EnumerateObject().Select(p => p.Name).Take(8));
        Assert.Equal("TOPO0002", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(path, diagnostic.GetProperty("file").GetString());
        Assert.Equal((2, 8, 2, 9), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(), diagnostic.GetProperty("endLine").GetInt32(), diagnostic.GetProperty("endColumn").GetInt32()));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Json_of_several_files_is_still_one_document()
    {
        var result = CliRunner.Run("check", "--format", "json", _files.Write("a.topo", Broken), _files.Write("b.topo", Broken));

        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(2, document.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Sarif_carries_what_code_scanning_needs()
    {
        var result = CliRunner.Run("check", "--format", "sarif", _files.Write("lab.topo", Broken));

        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var rule = Assert.Single(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());
        Assert.Equal("TOPO0002", rule.GetProperty("id").GetString());
        var sarifResult = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("TOPO0002", sarifResult.GetProperty("ruleId").GetString());
        Assert.Equal("error", sarifResult.GetProperty("level").GetString());
        Assert.False(string.IsNullOrEmpty(sarifResult.GetProperty("message").GetProperty("text").GetString()));
        var region = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((2, 8, 2, 9), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Binary_garbage_gives_diagnostics_not_a_crash()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 256)).ToArray();

        var result = CliRunner.Run("check", _files.WriteBytes("garbage.topo", bytes));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("TOPO0001", result.Out);
    }

    [Fact]
    public void Invalid_utf8_is_reported_once_at_the_first_bad_byte()
    {
        var result = CliRunner.Run("check", _files.WriteBytes("bad.topo", new byte[] { (byte)'a', (byte)' ', 0xFF, (byte)'\n' }));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(1,3,1,4): error TOPO0001: the file is not valid UTF-8: byte 0xFF at byte offset 2 cannot be decoded", result.Out);
    }
}
