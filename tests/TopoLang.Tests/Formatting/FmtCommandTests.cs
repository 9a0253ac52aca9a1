using System;
using System.IO;
using TopoLang.Tests.Cli;

namespace TopoLang.Tests.Formatting;

public sealed class FmtCommandTests : IDisposable
{
    private const string Unformatted = "network lan {\n    cidr \"10.0.1.0/24\"\n}\n";
    private const string Formatted = "network lan { cidr \"10.0.1.0/24\" }\n";
    private const string Broken = "network lan {\n  cidr = \"10.0.1.0/24\"\n}\n";

    private readonly CliRunner _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Fmt_rewrites_the_file_and_exits_0_silently()
    {
        var path = _files.Write("lab.topo", Unformatted);

        var result = CliRunner.Run("fmt", path);

        Assert.Equal((0, "", ""), (result.ExitCode, result.Out, result.Error));
        Assert.Equal(Formatted, File.ReadAllText(path));
    }

    [Fact]
    public void Formatted_file_is_not_rewritten()
    {
        var path = _files.Write("lab.topo", Formatted);
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        Assert.Equal(0, CliRunner.Run("fmt", path).ExitCode);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_writes_nothing_and_exits_1()
    {
        var unformatted = _files.Write("a.topo", Unformatted);
        var formatted = _files.Write("b.topo", Formatted);

        var result = CliRunner.Run("fmt", "--check", unformatted, formatted);

        Assert.Equal((1, unformatted + "\n"), (result.ExitCode, result.Out));
        Assert.Equal(Unformatted, File.ReadAllText(unformatted));
    }

    [Fact]
    public void Check_exits_0_when_every_file_is_formatted()
    {
        Assert.Equal((0, ""), (CliRunner.Run("fmt", "--check", _files.Write("a.topo", Formatted)) is var r ? (r.ExitCode, r.Out) : default));
    }

    [Fact]
    public void File_with_a_syntax_error_is_left_untouched_its_diagnostics_printed_exit_1()
    {
        var path = _files.Write("lab.topo", Broken);

        var result = CliRunner.Run("fmt", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{path}(2,8,2,9): error TOPO0002: expected a value, '{{' or end of statement, found '='\n", result.Error);
        Assert.Equal(Broken, File.ReadAllText(path));
    }

    [Fact]
    public void Folder_means_its_topo_files_at_any_depth()
    {
        Directory.CreateDirectory(Path.Combine(_files.Directory, "sub"));
        var nested = _files.Write(Path.Combine("sub", "a.topo"), Unformatted);
        var other = _files.Write("notes.txt", Unformatted);

        var result = CliRunner.Run("fmt", _files.Directory);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Formatted, File.ReadAllText(nested));
        Assert.Equal(Unformatted, File.ReadAllText(other));
    }

    [Fact]
    public void Ignore_file_at_the_root_of_a_folder_walk_keeps_its_files_out()
    {
        Directory.CreateDirectory(Path.Combine(_files.Directory, "cases"));
        var kept = _files.Write(Path.Combine("cases", "a.topo"), Unformatted);
        _files.Write(".topofmtignore", "# layouts under test\ncases/\n");

        var result = CliRunner.Run("fmt", "--check", _files.Directory);

        Assert.Equal((0, ""), (result.ExitCode, result.Out));
        Assert.Equal(Unformatted, File.ReadAllText(kept));
    }

    [Fact]
    public void Missing_path_exits_2_before_formatting_anything()
    {
        var path = _files.Write("a.topo", Unformatted);

        var result = CliRunner.Run("fmt", path, Path.Combine(_files.Directory, "nope.topo"));

        Assert.Equal((2, ""), (result.ExitCode, result.Out));
        Assert.Contains("no such file or folder", result.Error);
        Assert.Equal(Unformatted, File.ReadAllText(path));
    }
}
