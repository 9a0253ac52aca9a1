using System.IO;
using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Documentation;
using TopoLang.Tests.Cli;

namespace TopoLang.Tests.Documentation;

public sealed class ReferenceAndExplainListCommandTests
{
    [Fact]
    public void Reference_prints_the_generated_reference()
    {
        var result = CliRunner.Run("reference");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ReferenceDocument.Generate(), result.Out);
    }

    [Fact]
    public void Reference_with_output_writes_the_file_and_prints_nothing()
    {
        using var runner = new CliRunner();
        var path = Path.Combine(runner.Directory, "docs", "reference.md");

        var result = CliRunner.Run("reference", "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(ReferenceDocument.Generate(), File.ReadAllText(path));
    }

    [Fact]
    public void Explain_list_gives_every_code_of_the_catalog_one_a_line_with_severity_and_title()
    {
        var result = CliRunner.Run("explain", "--list");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Out.TrimEnd('\n').Split('\n').Select(line => line.Split("  ", 3, System.StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Code), rows.Select(row => row[0]));
        Assert.Equal(DiagnosticCatalog.All.Select(d => DiagnosticText.SeverityWord(d.DefaultSeverity)), rows.Select(row => row[1]));
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Title), rows.Select(row => row[2]));
    }

    [Fact]
    public void Explain_with_neither_a_code_nor_list_exits_2()
    {
        Assert.Equal(2, CliRunner.Run("explain").ExitCode);
    }

    [Fact]
    public void Explain_with_both_a_code_and_list_exits_2()
    {
        Assert.Equal(2, CliRunner.Run("explain", "TOPO2001", "--list").ExitCode);
    }
}
