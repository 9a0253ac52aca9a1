using TopoLang.Compiler.Hosting;

namespace TopoLang.Tests.Hosting;

public sealed class DiagnosticCodeListTests
{
    [Fact]
    public void Known_codes_are_read_ignoring_case_and_surrounding_spaces()
    {
        var parsed = DiagnosticCodeList.Parse(new[] { "topo2003, TOPO4002" }, DiagnosticCodeList.CommandLineSeparators);

        Assert.True(parsed.Known.SetEquals(new[] { "TOPO2003", "TOPO4002" }));
        Assert.Empty(parsed.Unknown);
    }

    [Fact]
    public void Unknown_codes_are_listed_in_the_order_written()
    {
        var parsed = DiagnosticCodeList.Parse(new[] { "CS0168;TOPO2003", "TOPO9999" }, DiagnosticCodeList.CommandLineSeparators);

        Assert.Equal(new[] { "CS0168", "TOPO9999" }, parsed.Unknown);
        Assert.Equal(new[] { "TOPO2003" }, parsed.Known);
    }

    [Fact]
    public void Property_lists_are_also_separated_by_whitespace()
    {
        var parsed = DiagnosticCodeList.Parse(new[] { "TOPO2003 TOPO4002\nCS0168" }, DiagnosticCodeList.PropertySeparators);

        Assert.Equal(2, parsed.Known.Count);
        Assert.Equal(new[] { "CS0168" }, parsed.Unknown);
    }
}
