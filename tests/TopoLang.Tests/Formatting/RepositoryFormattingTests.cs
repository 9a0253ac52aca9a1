using System.IO;
using System.Linq;
using TopoLang.Compiler.Formatting;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Formatting;

/// <summary>`topo fmt --check` at the repository root passes: every .topo file not in .topofmtignore is formatted.</summary>
public sealed class RepositoryFormattingTests
{
    [Fact]
    public void Every_topo_file_of_the_repository_is_formatted()
    {
        var files = TopoFileWalk.Under(RepositoryPaths.Root);

        var unformatted = files
            .Where(path => TopoFormatter.Format(SourceText.From(File.ReadAllText(path))) is var result && (result.HasSyntaxErrors || result.Changes))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path));

        Assert.NotEmpty(files);
        Assert.Empty(unformatted);
    }

    [Fact]
    public void Ignore_file_keeps_the_golden_inputs_out()
    {
        var files = TopoFileWalk.Under(RepositoryPaths.Root).Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'));

        Assert.DoesNotContain(files, path => path.StartsWith("tests/TopoLang.Tests/Cases/", System.StringComparison.Ordinal) || path.EndsWith(".input.topo", System.StringComparison.Ordinal));
    }
}
