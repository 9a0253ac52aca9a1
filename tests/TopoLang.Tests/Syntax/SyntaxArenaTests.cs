using System.Linq;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Syntax;

/// <summary>
/// A file read with recycling parses each top-level statement into the nodes of the statement
/// before it (SyntaxArena), unless its reader kept what it had read. That each recycled statement
/// reads as the whole parse is checked by every <see cref="WholeParseComparison"/>.
/// </summary>
public sealed class SyntaxArenaTests
{
    private const string TwoHosts = """
        host a {
          memory 8 GiB
          guest web { vcpus 2; os linux "debian-12" }
        }
        host b {
          memory 16 GiB
          guest db { vcpus 4; os linux "rocky-9" }
        }
        """;

    [Fact]
    public void A_recycling_reader_parses_the_next_statement_into_the_nodes_of_the_one_before()
    {
        using var statements = SyntaxTree.ReadStatementByStatement(SourceText.From(TwoHosts), recycle: true).ReadAll().GetEnumerator();

        Assert.True(statements.MoveNext());
        var first = (EntryStatementSyntax)statements.Current;
        var firstBlock = first.Block;
        Assert.True(statements.MoveNext());
        var second = (EntryStatementSyntax)statements.Current;

        Assert.Same(first, second);
        Assert.Same(firstBlock, second.Block);
        Assert.Equal("b", Assert.IsType<NameValueSyntax>(second.Values.Single()).Name);
    }

    [Fact]
    public void A_recycled_node_makes_its_name_and_word_from_the_statement_it_now_holds()
    {
        var text = "network a { cidr \"10.0.0.0/24\" }\nhost b { memory 8 GiB }\n";
        using var statements = SyntaxTree.ReadStatementByStatement(SourceText.From(text), recycle: true).ReadAll().GetEnumerator();

        Assert.True(statements.MoveNext());
        var first = (EntryStatementSyntax)statements.Current;
        Assert.Equal(("network", "a"), (first.WordText, Assert.IsType<NameValueSyntax>(first.Values.Single()).Name));
        Assert.True(statements.MoveNext());
        var second = (EntryStatementSyntax)statements.Current;

        Assert.Same(first, second);
        Assert.Equal(("host", "b"), (second.WordText, Assert.IsType<NameValueSyntax>(second.Values.Single()).Name));
    }

    [Fact]
    public void A_reader_that_recycles_nothing_gets_new_nodes_for_each_statement()
    {
        var statements = SyntaxTree.ReadStatementByStatement(SourceText.From(TwoHosts)).ReadAll().ToList();

        Assert.NotSame(statements[0], statements[1]);
        Assert.Equal("a", Assert.IsType<NameValueSyntax>(((EntryStatementSyntax)statements[0]).Values.Single()).Name);
    }

    [Fact]
    public void Statements_kept_before_reading_on_are_never_filled_again()
    {
        var reader = SyntaxTree.ReadStatementByStatement(SourceText.From(TwoHosts + "\nhost c { memory 32 GiB }\n"), recycle: true);
        using var statements = reader.ReadAll().GetEnumerator();

        Assert.True(statements.MoveNext());
        var kept = (EntryStatementSyntax)statements.Current;
        reader.KeepRead();
        while (statements.MoveNext())
        {
            Assert.NotSame(kept, statements.Current);
        }

        Assert.Equal("a", Assert.IsType<NameValueSyntax>(kept.Values.Single()).Name);
        var guest = (EntryStatementSyntax)kept.Block!.Statements[1];
        Assert.Equal(new[] { "web" }, guest.Values.OfType<NameValueSyntax>().Select(value => value.Name));
        Assert.Equal("vcpus 2", SourceText.From(TwoHosts).ToString(guest.Block!.Statements[0].Span));
    }
}
