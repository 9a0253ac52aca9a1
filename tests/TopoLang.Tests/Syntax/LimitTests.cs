using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Syntax;

public sealed class LimitTests
{
    [Fact]
    public void Blocks_nested_beyond_the_limit_are_one_TOPO9001_at_the_brace_that_crosses_it()
    {
        var depth = CompilerLimits.MaxNestingDepth + 1;
        var text = string.Concat(Enumerable.Repeat("a {\n", depth)) + string.Concat(Enumerable.Repeat("}\n", depth));

        var tree = SyntaxTree.Parse(SourceText.From(text));

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("TOPO9001", diagnostic.Code);
        Assert.Equal(new LinePosition(depth, 3), diagnostic.Location.Start);
        Assert.Equal("lists and blocks are nested deeper than the limit of 100 levels", diagnostic.Message);
    }

    [Fact]
    public void Blocks_nested_exactly_to_the_limit_are_fine()
    {
        var depth = CompilerLimits.MaxNestingDepth;
        var text = string.Concat(Enumerable.Repeat("a {\n", depth)) + string.Concat(Enumerable.Repeat("}\n", depth));

        Assert.Empty(SyntaxTree.Parse(SourceText.From(text)).Diagnostics);
    }

    [Fact]
    public void A_million_open_brackets_give_one_limit_diagnostic_without_exhausting_the_stack()
    {
        var text = "features " + new string('[', 1_000_000);

        var tree = SyntaxTree.Parse(SourceText.From(text));

        Assert.Equal("TOPO9001", Assert.Single(tree.Diagnostics).Code);
    }

    [Fact]
    public void A_million_nested_entries_give_one_limit_diagnostic()
    {
        var text = string.Concat(Enumerable.Repeat("a { ", 1_000_000));

        var tree = SyntaxTree.Parse(SourceText.From(text));

        Assert.Equal("TOPO9001", Assert.Single(tree.Diagnostics).Code);
    }

    [Fact]
    public void A_million_bare_open_braces_give_one_diagnostic()
    {
        var text = "a " + new string('{', 1_000_000);

        var tree = SyntaxTree.Parse(SourceText.From(text));

        Assert.Equal("TOPO0002", Assert.Single(tree.Diagnostics).Code);
    }

    [Fact]
    public void String_longer_than_the_limit_is_TOPO9001()
    {
        var text = "model \"" + new string('x', CompilerLimits.MaxStringLength) + "\"";

        var diagnostic = Assert.Single(SyntaxTree.Parse(SourceText.From(text)).Diagnostics);

        Assert.Equal("TOPO9001", diagnostic.Code);
    }

    [Fact]
    public void File_longer_than_the_limit_is_TOPO9001_without_being_parsed()
    {
        var text = new string(' ', CompilerLimits.MaxFileLength + 1);

        var diagnostic = Assert.Single(SyntaxTree.Parse(SourceText.From(text)).Diagnostics);

        Assert.Equal("TOPO9001", diagnostic.Code);
    }
}
