using System.Linq;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Syntax;

public sealed class RecoveryTests
{
    private static SyntaxTree Parse(string text) => SyntaxTree.Parse(SourceText.From(text));

    [Fact]
    public void Errors_in_the_first_and_the_last_statement_are_both_reported()
    {
        var tree = Parse("vcpus = 2\nmemory 8 GiB\nnetwork a { cidr \"10.0.0.0/24\" }\ncores 4 =\n");

        Assert.Equal(new[] { 1, 4 }, tree.Diagnostics.Select(d => d.Location.Start.Line));
    }

    [Fact]
    public void One_mistake_gives_one_diagnostic()
    {
        var tree = Parse("host a {\n  cpu intel { cores = 8 = 9 [ } \n  memory 8 GiB\n}\n");

        Assert.Single(tree.Diagnostics);
    }

    [Fact]
    public void Failed_statement_is_kept_as_an_error_node_that_names_its_entry()
    {
        var tree = Parse("cores = 4\n");

        var error = Assert.IsType<ErrorStatementSyntax>(Assert.Single(tree.Root.Statements));
        Assert.Equal("cores", error.EntryWord);
    }

    [Fact]
    public void Block_inside_a_failed_statement_is_still_parsed()
    {
        var tree = Parse("host = a {\n  memory = 8\n}\n");

        Assert.Equal(2, tree.Diagnostics.Length);
        var error = Assert.IsType<ErrorStatementSyntax>(Assert.Single(tree.Root.Statements));
        Assert.Single(error.Blocks);
    }

    [Fact]
    public void Missing_close_brace_is_reported_at_the_end_of_the_last_token_with_the_opening_brace_related()
    {
        var tree = Parse("host a {\n  memory 8 GiB\n\n\n");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(new LinePosition(2, 15), diagnostic.Location.Start);
        Assert.Equal(new LinePosition(1, 8), Assert.Single(diagnostic.Related).Location.Start);
    }

    [Fact]
    public void Statements_after_an_error_are_still_in_the_tree()
    {
        var tree = Parse("a = 1\nb 2\nc 3\n");

        Assert.Equal(3, tree.Root.Statements.Length);
        Assert.IsType<EntryStatementSyntax>(tree.Root.Statements[2]);
    }
}
