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
        var lower = DiagnosticFactory.SyntaxError(TestDiagnostics.Locate(SourceText.From(Text, "a.topo"), "host"), "x", "y");
        var upper = DiagnosticFactory.SyntaxError(TestDiagnostics.Locate(SourceText.From(Text, "B.topo"), "memory"), "x", "y");

        Assert.Equal(new[] { upper, lower }, DiagnosticOrder.Sort(new[] { lower, upper }));
    }

    [Fact]
    public void Order_sorts_by_start_position_within_a_file()
    {
        var source = SourceText.From(Text, "lab.topo");
        var late = DiagnosticFactory.EntryNotAllowed(TestDiagnostics.Locate(source, "GiB"), "a", "b", "");
        var early = DiagnosticFactory.WrongValue(TestDiagnostics.Locate(source, "memory"), "a", "b", "c");

        Assert.Equal(new[] { early, late }, DiagnosticOrder.Sort(new[] { late, early }));
    }

    [Fact]
    public void Order_sorts_by_code_at_the_same_position()
    {
        var source = SourceText.From(Text, "lab.topo");
        var second = DiagnosticFactory.WrongValue(TestDiagnostics.Locate(source, "memory"), "a", "b", "c");
        var first = DiagnosticFactory.EntryNotAllowed(TestDiagnostics.Locate(source, "memory"), "a", "b", "");

        Assert.Equal(new[] { first, second }, DiagnosticOrder.Sort(new[] { second, first }));
    }

    [Fact]
    public void Order_gives_the_same_sequence_whatever_the_input_order()
    {
        var source = SourceText.From(Text, "lab.topo");
        var diagnostics = ImmutableArray.Create(
            DiagnosticFactory.WrongValue(TestDiagnostics.Locate(source, "GiB"), "a", "b", "c"),
            DiagnosticFactory.MissingEntry(TestDiagnostics.Locate(source, "memory"), "a", "b"),
            DiagnosticFactory.EntryNotAllowed(TestDiagnostics.Locate(source, "memory"), "a", "b", ""),
            DiagnosticFactory.DuplicateName(TestDiagnostics.Locate(source, "host"), "a", "b"));

        Assert.Equal(DiagnosticOrder.Sort(diagnostics).ToArray(), DiagnosticOrder.Sort(diagnostics.Reverse()).ToArray());
    }

    [Fact]
    public void Order_puts_a_files_syntax_errors_before_its_other_diagnostics()
    {
        var source = SourceText.From(Text, "lab.topo");
        var semantic = DiagnosticFactory.MissingEntry(TestDiagnostics.Locate(source, "host"), "a", "b");
        var syntax = DiagnosticFactory.SyntaxError(TestDiagnostics.Locate(source, "GiB"), "x", "y");

        Assert.Equal(new[] { syntax, semantic }, DiagnosticOrder.Sort(new[] { semantic, syntax }));
    }

    [Fact]
    public void Order_puts_syntax_errors_first_within_each_file_not_across_files()
    {
        var semantic = DiagnosticFactory.MissingEntry(TestDiagnostics.Locate(SourceText.From(Text, "a.topo"), "host"), "a", "b");
        var syntax = DiagnosticFactory.SyntaxError(TestDiagnostics.Locate(SourceText.From(Text, "b.topo"), "host"), "x", "y");

        Assert.Equal(new[] { semantic, syntax }, DiagnosticOrder.Sort(new[] { syntax, semantic }));
    }
}
