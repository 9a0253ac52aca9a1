using TopoLang.Compiler.Formatting;

namespace TopoLang.Tests.Formatting;

/// <summary>A file the parser reports on is not formatted: where its statements end is not known for sure.</summary>
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("host a {\n  memory = 1 GiB\n}\n", "TOPO0002")]
    [InlineData("host a {\n  memory 1 GiB\n", "TOPO0002")]
    [InlineData("host a { memory 1 GiB @ }\n", "TOPO0001")]
    [InlineData("network a { cidr \"10.0.0.0/24 }\n", "TOPO0001")]
    public void File_with_a_syntax_error_gets_no_text_and_its_diagnostics(string text, string code)
    {
        var result = TopoFormatter.Format(text);

        Assert.True(result.HasSyntaxErrors);
        Assert.Null(result.Formatted);
        Assert.False(result.Changes);
        Assert.Contains(result.SyntaxErrors, diagnostic => diagnostic.Code == code);
    }

    [Fact]
    public void Nesting_past_the_limit_is_left_alone()
    {
        var text = "a " + new string('[', 150) + new string(']', 150) + "\n";

        var result = TopoFormatter.Format(text);

        Assert.Contains(result.SyntaxErrors, diagnostic => diagnostic.Code == "TOPO9001");
    }
}
