using System.IO;

namespace TopoLang.Tests.Cli;

/// <summary>`--root DIR`: imports may not leave the project root; by default it is the entry file's folder.</summary>
public sealed class RootOptionTests : System.IDisposable
{
    private readonly CliRunner _files = new();

    public RootOptionTests()
    {
        Directory.CreateDirectory(Path.Combine(_files.Directory, "lab"));
        _files.Write("common.topo", LabTopologies.OneNetwork);
        Entry = _files.Write(Path.Combine("lab", "lab.topo"), "import \"../common.topo\"\n");
    }

    private string Entry { get; }

    public void Dispose() => _files.Dispose();

    [Fact]
    public void An_import_outside_the_default_root_is_refused()
    {
        var result = CliRunner.Run("check", Entry);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error TOPO1008: cannot import '../common.topo': it is outside the project root", result.Out);
    }

    [Fact]
    public void An_import_outside_the_given_root_is_refused()
    {
        var result = CliRunner.Run("check", Entry, "--root", Path.Combine(_files.Directory, "lab"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error TOPO1008", result.Out);
    }

    [Fact]
    public void An_import_inside_the_given_root_is_accepted()
    {
        var result = CliRunner.Run("check", Entry, "--root", _files.Directory);

        Assert.Equal((0, ""), (result.ExitCode, result.Out));
    }
}
