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

    [Fact]
    public void Declaration_at_the_start_of_a_line_closes_every_open_block()
    {
        var tree = Parse("host a {\n  hypervisor kvm {\n    guest g {\n      vcpus 2\nhost b {\n}\n");

        Assert.Single(tree.Diagnostics);
        Assert.Equal(new[] { "host", "host" }, tree.Root.Statements.Cast<EntryStatementSyntax>().Select(e => e.WordText));
    }

    [Fact]
    public void Block_closed_by_a_top_level_statement_is_reported_where_its_close_brace_belongs()
    {
        var tree = Parse("host a {\n  hypervisor kvm {\n    vcpus 2\n\nparam n: int\n");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("TOPO0002", diagnostic.Code);
        Assert.Equal(new LinePosition(3, 12), diagnostic.Location.Start);
        Assert.Equal(new LinePosition(2, 18), Assert.Single(diagnostic.Related).Location.Start);
    }

    [Fact]
    public void Indented_declaration_stays_in_its_block()
    {
        var tree = Parse("network n {\n  host h {\n  }\n}\n");

        Assert.Empty(tree.Diagnostics);
        Assert.Single(tree.Root.Statements);
    }

    [Fact]
    public void Declaration_at_column_one_in_a_top_level_loop_stays_in_the_loop()
    {
        var tree = Parse("for i in 1..2 {\nhost \"h-${i}\" {\n}\n}\n");

        Assert.Empty(tree.Diagnostics);
        var loop = Assert.IsType<ForStatementSyntax>(Assert.Single(tree.Root.Statements));
        Assert.Single(loop.Body.Statements);
    }

    [Fact]
    public void Declaration_word_at_column_one_without_a_block_stays_in_its_block()
    {
        var tree = Parse("instance api {\nnetwork lan\n}\n");

        Assert.Empty(tree.Diagnostics);
        Assert.Single(tree.Root.Statements);
    }

    [Fact]
    public void Close_brace_swallowed_by_an_unterminated_string_is_not_reported_again()
    {
        var tree = Parse("network n { cidr \"10.0.1.0/24 }\nnetwork m { }\n");

        Assert.Equal("TOPO0001", Assert.Single(tree.Diagnostics).Code);
        Assert.Equal(2, tree.Root.Statements.Length);
    }

    [Fact]
    public void Entry_touched_by_a_lexical_error_is_an_error_statement_naming_its_entry()
    {
        var tree = Parse("memory 1 GiB ^ 3\n");

        var error = Assert.IsType<ErrorStatementSyntax>(Assert.Single(tree.Root.Statements));
        Assert.Equal("memory", error.EntryWord);
    }

    [Fact]
    public void Lexical_error_in_front_of_an_entry_leaves_the_entry_whole()
    {
        var tree = Parse("^ memory 1 GiB\n");

        Assert.IsType<EntryStatementSyntax>(Assert.Single(tree.Root.Statements));
    }

    [Fact]
    public void Lexical_error_inside_an_entrys_block_leaves_the_entry_whole()
    {
        var tree = Parse("host a {\n  memory 1 GiB ^\n}\n");

        var host = Assert.IsType<EntryStatementSyntax>(Assert.Single(tree.Root.Statements));
        Assert.IsType<ErrorStatementSyntax>(Assert.Single(host.Block!.Statements));
    }
}
