using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Syntax;

/// <summary>
/// Each Cases/syntax/NAME.topo is compiled and its diagnostics compared with NAME.diagnostics
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

        var compilation = TopoCompilation.Create(text);

        Golden.AssertMatches(Path.ChangeExtension(path, ".diagnostics"), GoldenDiagnostics.Format(compilation.GetDiagnostics()));
    }

    [Fact]
    public void Valid_file_with_every_construct_has_no_diagnostics()
    {
        var path = Path.Combine(RepositoryPaths.TestCases, "syntax", "valid-all-constructs.topo");

        var compilation = TopoCompilation.Create(SourceText.From(File.ReadAllText(path), path));

        Assert.Empty(compilation.GetDiagnostics());
    }
}
