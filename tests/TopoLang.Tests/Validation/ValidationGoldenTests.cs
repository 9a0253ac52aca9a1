using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Validation;

/// <summary>
/// Each Cases/validation/AREA/NAME.topo is compiled and all its diagnostics compared with
/// NAME.diagnostics (code, line, column, end and message). Files named near-miss-* must give
/// no diagnostic at all. TOPO_UPDATE_GOLDEN=1 rewrites the expected files.
/// </summary>
public sealed class ValidationGoldenTests
{
    private static string CasesFolder => Path.Combine(RepositoryPaths.TestCases, "validation");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(CasesFolder, "*.topo", SearchOption.AllDirectories)
            .Select(path => new object[] { Path.GetRelativePath(CasesFolder, path).Replace('\\', '/') })
            .OrderBy(c => (string)c[0], System.StringComparer.Ordinal);

    public static IEnumerable<object[]> NearMisses() =>
        Cases().Where(c => Path.GetFileName((string)c[0]).StartsWith("near-miss", System.StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_golden_file(string relativePath)
    {
        var compilation = Compile(relativePath);

        Golden.AssertMatches(Path.ChangeExtension(Path.Combine(CasesFolder, relativePath), ".diagnostics"), GoldenDiagnostics.Format(compilation.GetDiagnostics()));
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Near_miss_has_no_diagnostics(string relativePath)
    {
        Assert.Empty(Compile(relativePath).GetDiagnostics());
    }

    private static TopoCompilation Compile(string relativePath)
    {
        var path = Path.Combine(CasesFolder, relativePath);
        return TopoCompilation.Create(SourceText.From(File.ReadAllText(path), "validation/" + relativePath), new TopoCompilationOptions { ProjectRoot = CasesFolder });
    }
}
