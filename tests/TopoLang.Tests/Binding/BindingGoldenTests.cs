using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Binding;

/// <summary>
/// Each Cases/binding/NAME.topo is compiled and all its diagnostics compared with
/// NAME.diagnostics (code, line, column, end and message). Files named near-miss-* must stay clean.
/// TOPO_UPDATE_GOLDEN=1 rewrites the expected files.
/// </summary>
public sealed class BindingGoldenTests
{
    private static string CasesFolder => Path.Combine(RepositoryPaths.TestCases, "binding");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(CasesFolder, "*.topo")
            .Select(path => new object[] { Path.GetFileNameWithoutExtension(path) })
            .OrderBy(c => (string)c[0], System.StringComparer.Ordinal);

    public static IEnumerable<object[]> NearMisses() => Cases().Where(c => ((string)c[0]).StartsWith("near-miss", System.StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_golden_file(string name)
    {
        var compilation = Compile(name);

        Golden.AssertMatches(Path.Combine(CasesFolder, name + ".diagnostics"), GoldenDiagnostics.Format(compilation.GetDiagnostics()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_are_the_same_when_references_are_not_recorded(string name)
    {
        var recorded = GoldenDiagnostics.Format(Compile(name).GetDiagnostics());

        var notRecorded = GoldenDiagnostics.Format(Compile(name, recordReferences: false).GetDiagnostics());

        Assert.Equal(recorded, notRecorded);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Near_miss_has_no_diagnostics(string name)
    {
        Assert.Empty(Compile(name).GetDiagnostics());
    }

    private static TopoCompilation Compile(string name, bool recordReferences = true)
    {
        var text = File.ReadAllText(Path.Combine(CasesFolder, name + ".topo"));
        return TopoCompilation.Create(
            SourceText.From(text, $"binding/{name}.topo"),
            new TopoCompilationOptions { ProjectRoot = CasesFolder, Diagnostics = BindingInputs.Options, RecordReferences = recordReferences });
    }
}
