using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Examples;

/// <summary>
/// examples/broken-lab shows every validation rule (TOPO2001-TOPO6004) exactly once, each on a
/// line commented with its code, and nothing else. Its diagnostics are kept in
/// broken-lab.diagnostics (TOPO_UPDATE_GOLDEN=1 rewrites it). A new rule in that range fails
/// here until the example shows it too.
/// </summary>
public sealed class BrokenLabTests
{
    private const string RelativePath = "examples/broken-lab/broken-lab.topo";
    private const string FirstCode = "TOPO2001";
    private const string LastCode = "TOPO6004";

    /// <summary>
    /// Codes in the range that the example cannot show: TOPO3007 (a dom0/domu/driver_domain
    /// outside Xen, or a guest inside it) is reported by the binder for a misplaced entry, a
    /// structural error like TOPO1001, and the example has no binding errors by design.
    /// </summary>
    private static readonly string[] NotShown = { DiagnosticCatalog.XenDomainMisplaced.Code };

    private static string Folder => Path.Combine(RepositoryPaths.Examples, "broken-lab");

    private static string EntryPath => Path.Combine(Folder, "broken-lab.topo");

    private static readonly Lazy<TopoCompilation> Compilation = new(() =>
        TopoCompilation.Create(SourceText.From(File.ReadAllText(EntryPath), RelativePath), new TopoCompilationOptions { ProjectRoot = Folder }));

    private static IReadOnlyList<Diagnostic> Diagnostics => Compilation.Value.GetDiagnostics();

    [Fact]
    public void Diagnostics_match_the_golden_file()
    {
        Golden.AssertMatches(Path.Combine(Folder, "broken-lab.diagnostics"), GoldenDiagnostics.Format(Diagnostics));
    }

    [Fact]
    public void Every_validation_code_is_shown_exactly_once_and_nothing_else()
    {
        var expected = DiagnosticCatalog.All
            .Select(descriptor => descriptor.Code)
            .Where(code => string.CompareOrdinal(code, FirstCode) >= 0 && string.CompareOrdinal(code, LastCode) <= 0)
            .Except(NotShown)
            .Order(StringComparer.Ordinal)
            .ToList();

        var actual = Diagnostics.Select(diagnostic => diagnostic.Code).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Each_diagnostic_is_on_the_line_that_comments_it()
    {
        var lines = File.ReadAllLines(EntryPath);
        var misplaced = Diagnostics
            .Where(diagnostic => !lines[diagnostic.Location.Start.Line - 1].Contains($"// {diagnostic.Code}:", StringComparison.Ordinal))
            .Select(diagnostic => $"{diagnostic.Code} at line {diagnostic.Location.Start.Line}: {lines[diagnostic.Location.Start.Line - 1].Trim()}");

        Assert.Empty(misplaced);
    }
}
