using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Diagnostics;

public sealed class DiagnosticOrderTests
{
    private const string Text = "host kvm-01 {\n  memory 64 GiB\n}\n";

    [Fact]
    public void Order_sorts_by_file_path_ordinally_first()
    {
        var lower = TestDiagnostics.At(SourceText.From(Text, "a.topo"), "host", DiagnosticCatalog.SyntaxError, "x", "y");
        var upper = TestDiagnostics.At(SourceText.From(Text, "B.topo"), "memory", DiagnosticCatalog.SyntaxError, "x", "y");

        Assert.Equal(new[] { upper, lower }, DiagnosticOrder.Sort(new[] { lower, upper }));
    }

    [Fact]
    public void Order_sorts_by_start_position_within_a_file()
    {
        var source = SourceText.From(Text, "lab.topo");
        var late = TestDiagnostics.At(source, "GiB", DiagnosticCatalog.EntryNotAllowed, "a", "b", "");
        var early = TestDiagnostics.At(source, "memory", DiagnosticCatalog.WrongValue, "a", "b", "c");

        Assert.Equal(new[] { early, late }, DiagnosticOrder.Sort(new[] { late, early }));
    }

    [Fact]
    public void Order_sorts_by_code_at_the_same_position()
    {
        var source = SourceText.From(Text, "lab.topo");
        var second = TestDiagnostics.At(source, "memory", DiagnosticCatalog.WrongValue, "a", "b", "c");
        var first = TestDiagnostics.At(source, "memory", DiagnosticCatalog.EntryNotAllowed, "a", "b", "");

        Assert.Equal(new[] { first, second }, DiagnosticOrder.Sort(new[] { second, first }));
    }

    [Fact]
    public void Order_gives_the_same_sequence_whatever_the_input_order()
    {
        var source = SourceText.From(Text, "lab.topo");
        var diagnostics = ImmutableArray.Create(
            TestDiagnostics.At(source, "GiB", DiagnosticCatalog.WrongValue, "a", "b", "c"),
            TestDiagnostics.At(source, "memory", DiagnosticCatalog.MissingEntry, "a", "b"),
            TestDiagnostics.At(source, "memory", DiagnosticCatalog.EntryNotAllowed, "a", "b", ""),
            TestDiagnostics.At(source, "host", DiagnosticCatalog.DuplicateName, "a", "b"));

        Assert.Equal(DiagnosticOrder.Sort(diagnostics).ToArray(), DiagnosticOrder.Sort(diagnostics.Reverse()).ToArray());
    }

    [Fact]
    public void Order_puts_a_files_syntax_errors_before_its_other_diagnostics()
    {
        var source = SourceText.From(Text, "lab.topo");
        var semantic = TestDiagnostics.At(source, "host", DiagnosticCatalog.MissingEntry, "a", "b");
        var syntax = TestDiagnostics.At(source, "GiB", DiagnosticCatalog.SyntaxError, "x", "y");

        Assert.Equal(new[] { syntax, semantic }, DiagnosticOrder.Sort(new[] { semantic, syntax }));
    }

    [Fact]
    public void Order_puts_syntax_errors_first_within_each_file_not_across_files()
    {
        var semantic = TestDiagnostics.At(SourceText.From(Text, "a.topo"), "host", DiagnosticCatalog.MissingEntry, "a", "b");
        var syntax = TestDiagnostics.At(SourceText.From(Text, "b.topo"), "host", DiagnosticCatalog.SyntaxError, "x", "y");

        Assert.Equal(new[] { semantic, syntax }, DiagnosticOrder.Sort(new[] { syntax, semantic }));
    }
}
