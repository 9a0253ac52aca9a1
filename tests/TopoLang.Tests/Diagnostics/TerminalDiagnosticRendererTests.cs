using System;
using System.IO;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Diagnostics;

public sealed class TerminalDiagnosticRendererTests
{
    private static string Render(Diagnostic diagnostic, bool useColor = false)
    {
        var writer = new StringWriter();
        new TerminalDiagnosticRenderer(useColor).Render(writer, new[] { diagnostic });
        return writer.ToString();
    }

    private static string Blanks(int count) => new(' ', count);

    private static string[] Lines(Diagnostic diagnostic) => Render(diagnostic).Split('\n');

    private static Diagnostic MemoryValue(string text) =>
        DiagnosticFactory.WrongValue(TestDiagnostics.Locate(SourceText.From(text, "lab.topo"), "64 GiB"), "memory", "a size", "64 GiB");

    [Fact]
    public void Terminal_prints_the_msbuild_line_the_source_line_the_underline_and_the_help()
    {
        var diagnostic = TestDiagnostics.KvmWithoutVmx();

        Assert.Equal(
            MsBuildDiagnosticFormatter.Format(diagnostic) + "\n" +
            " 4 |   hypervisor kvm { }\n" +
            "   |   ^~~~~~~~~~\n" +
            "  = help: " + diagnostic.Help + "\n" +
            "\n",
            Render(diagnostic));
    }

    [Fact]
    public void Terminal_underline_echoes_a_tab_before_the_span()
    {
        var lines = Lines(MemoryValue("host a {\n\tmemory 64 GiB\n}\n"));

        Assert.Equal(" 2 | \tmemory 64 GiB", lines[1]);
        Assert.Equal("   | \t" + Blanks(7) + "^~~~~~", lines[2]);
    }

    [Fact]
    public void Terminal_underline_is_placed_the_same_with_crlf_line_ends()
    {
        var lines = Lines(MemoryValue("host a {\r\n  memory 64 GiB\r\n}\r\n"));

        Assert.StartsWith("lab.topo(2,10,2,16): ", lines[0]);
        Assert.Equal(" 2 |   memory 64 GiB", lines[1]);
        Assert.Equal("   | " + Blanks(9) + "^~~~~~", lines[2]);
    }

    [Fact]
    public void Terminal_underlines_a_span_over_several_lines_to_the_end_of_its_first_line()
    {
        var source = SourceText.From("host a {\n  memory 64\n  GiB\n}\n", "lab.topo");
        var diagnostic = DiagnosticFactory.SyntaxError(new SourceLocation(source, new TextSpan(18, 8)), "x", "y");

        Assert.Equal("   | " + Blanks(9) + "^~", Lines(diagnostic)[2]);
    }

    [Fact]
    public void Terminal_underlines_an_empty_span_with_one_caret()
    {
        var source = SourceText.From("host a {", "lab.topo");
        var diagnostic = DiagnosticFactory.SyntaxError(new SourceLocation(source, new TextSpan(8, 0)), "'}'", "end of file");

        Assert.Equal("   | " + Blanks(8) + "^", Lines(diagnostic)[2]);
    }

    [Fact]
    public void Terminal_widens_the_gutter_for_long_line_numbers()
    {
        var source = SourceText.From(new string('\n', 11) + "  memory 64 GiB\n", "lab.topo");
        var diagnostic = DiagnosticFactory.WrongValue(TestDiagnostics.Locate(source, "64 GiB"), "memory", "a size", "64 GiB");

        Assert.Equal(" 12 |   memory 64 GiB", Lines(diagnostic)[1]);
        Assert.Equal("    | " + Blanks(9) + "^~~~~~", Lines(diagnostic)[2]);
    }

    [Fact]
    public void Terminal_underline_counts_two_cells_for_hangul()
    {
        var source = SourceText.From("  model \"서버\" 64 GiB\n", "lab.topo");
        var diagnostic = DiagnosticFactory.WrongValue(TestDiagnostics.Locate(source, "64 GiB"), "model", "one string", "2 values");

        Assert.Equal("   | " + Blanks(15) + "^~~~~~", Lines(diagnostic)[2]);
    }

    [Fact]
    public void Terminal_replaces_control_characters_in_the_source_line()
    {
        var source = SourceText.From("host \u001b[31m a {\n", "lab.topo");
        var diagnostic = DiagnosticFactory.UnexpectedCharacter(TestDiagnostics.Locate(source, "a"), "unexpected character");

        var lines = Lines(diagnostic);

        Assert.Equal(" 1 | host \uFFFD[31m a {", lines[1]);
        Assert.Equal("   | " + Blanks(11) + "^", lines[2]);
    }

    [Fact]
    public void Terminal_shows_a_window_of_a_very_long_line_with_the_span_still_underlined()
    {
        var source = SourceText.From(new string('a', 3000) + " BAD " + new string('a', 3000), "lab.topo");
        var diagnostic = DiagnosticFactory.UnexpectedCharacter(TestDiagnostics.Locate(source, "BAD"), "unexpected word");

        var lines = Lines(diagnostic);

        Assert.InRange(lines[1].Length, 1, 220);
        Assert.StartsWith(" 1 | ...", lines[1]);
        Assert.EndsWith("...", lines[1]);
        Assert.Equal(lines[1].IndexOf("BAD", StringComparison.Ordinal), lines[2].IndexOf('^'));
        Assert.EndsWith("^~~", lines[2]);
    }

    [Fact]
    public void Terminal_shows_the_start_of_a_long_line_without_a_leading_cut()
    {
        var source = SourceText.From("BAD " + new string('a', 3000), "lab.topo");
        var diagnostic = DiagnosticFactory.UnexpectedCharacter(TestDiagnostics.Locate(source, "BAD"), "unexpected word");

        var lines = Lines(diagnostic);

        Assert.StartsWith(" 1 | BAD aaa", lines[1]);
        Assert.Equal("   | ^~~", lines[2]);
    }

    [Fact]
    public void Terminal_prints_a_note_for_each_related_location()
    {
        var source = TestDiagnostics.LabSource();
        var first = TestDiagnostics.Locate(source, "memory");
        var diagnostic = DiagnosticFactory.DuplicateEntry(TestDiagnostics.Locate(source, "hypervisor"), "memory", "host 'kvm-01'")
            .WithRelated(new RelatedLocation(first, "first given here"));

        Assert.Equal("  note: lab.topo(3,3): first given here", Lines(diagnostic)[4]);
    }

    [Fact]
    public void Terminal_uses_no_colour_unless_asked()
    {
        Assert.DoesNotContain('\u001b', Render(TestDiagnostics.KvmWithoutVmx()));
    }

    [Fact]
    public void Terminal_uses_ansi_colour_when_asked()
    {
        var output = Render(TestDiagnostics.KvmWithoutVmx(), useColor: true);

        Assert.Contains("\u001b[1;31merror TOPO2001\u001b[0m", output);
        Assert.Contains("\u001b[1;31m^~~~~~~~~~\u001b[0m", output);
    }
}
