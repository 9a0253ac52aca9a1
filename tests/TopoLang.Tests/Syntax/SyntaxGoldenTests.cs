using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Syntax;

/// <summary>
/// Each Cases/syntax/NAME.topo is parsed and its syntax diagnostics compared with NAME.diagnostics
/// (MSBuild lines: code, line, column, end and message). TOPO_UPDATE_GOLDEN=1 rewrites them.
/// </summary>
public sealed class SyntaxGoldenTests
{
    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.TestCases, "syntax"), "*.topo")
            .Select(path => new object[] { Path.GetFileNameWithoutExtension(path) })
            .OrderBy(c => (string)c[0], System.StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_golden_file(string name)
    {
        var path = Path.Combine(RepositoryPaths.TestCases, "syntax", name + ".topo");
        var text = SourceText.From(File.ReadAllText(path), $"syntax/{name}.topo");

        var tree = SyntaxTree.Parse(text);

        Golden.AssertMatches(Path.ChangeExtension(path, ".diagnostics"), GoldenDiagnostics.Format(tree.Diagnostics));
    }

    [Fact]
    public void Valid_file_with_every_construct_has_no_diagnostics()
    {
        var path = Path.Combine(RepositoryPaths.TestCases, "syntax", "valid-all-constructs.topo");

        var tree = SyntaxTree.Parse(SourceText.From(File.ReadAllText(path), path));

        Assert.Empty(tree.Diagnostics);
    }
}
