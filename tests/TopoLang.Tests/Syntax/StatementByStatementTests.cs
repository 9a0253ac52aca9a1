using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Syntax;

/// <summary>
/// A file read a top-level statement at a time lexes its tokens again into a window that holds
/// the statement being parsed (4,096 tokens to start with, grown for a longer statement) and
/// hands them to Pidgin 256 at a time: wherever those boundaries fall, it reads exactly as the
/// whole file parses.
/// </summary>
public sealed class StatementByStatementTests
{
    public static IEnumerable<object[]> RepositoryFiles() =>
        Directory.GetFiles(RepositoryPaths.TestCases, "*.topo", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.Examples, "*.topo", SearchOption.AllDirectories))
            .Select(path => new object[] { Path.GetRelativePath(RepositoryPaths.Root, path) })
            .OrderBy(c => (string)c[0], System.StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(RepositoryFiles))]
    public void Every_file_of_the_repository_reads_statement_by_statement_as_it_parses_whole(string path)
    {
        WholeParseComparison.AssertSame(File.ReadAllText(Path.Combine(RepositoryPaths.Root, path)));
    }

    [Fact]
    public void Statements_crossing_the_read_ahead_at_every_offset_read_as_the_whole_file_parses()
    {
        var text = new StringBuilder();
        for (var items = 0; items < 300; items++)
        {
            text.Append("tags ").Append(List(items)).Append('\n');
        }

        WholeParseComparison.AssertSame(text.ToString());
    }

    [Fact]
    public void A_statement_longer_than_the_window_reads_as_the_whole_file_parses()
    {
        var text = Hosts(10) + "host big {\n  tags " + List(5_000) + "\n  memory 8 GiB\n}\n" + Hosts(10);

        WholeParseComparison.AssertSame(text);
    }

    [Theory]
    [InlineData("=")]
    [InlineData("}")]
    [InlineData("{")]
    [InlineData("\n}\n")]
    [InlineData("\nhost other {\n")]
    public void An_error_where_the_window_grows_is_reported_as_in_the_whole_file(string error)
    {
        // The list's items are two tokens each, so the error lands on every token around the
        // window's first 4,096 as the list grows.
        for (var items = 2_040; items < 2_052; items++)
        {
            var text = Hosts(3) + "host big {\n  tags " + List(items) + " " + error + " a, b]\n  memory 8 GiB\n}\n" + Hosts(3);

            WholeParseComparison.AssertSame(text);
        }
    }

    [Fact]
    public void A_block_left_open_at_the_end_of_a_long_file_is_reported_after_its_last_token()
    {
        var text = Hosts(2_000) + "host last {\n  memory 8 GiB\n\n\n\n";

        WholeParseComparison.AssertSame(text);
        var diagnostic = Assert.Single(ReadAll(text).Diagnostics);
        Assert.Equal(text.LastIndexOf("GiB", System.StringComparison.Ordinal) + 3, diagnostic.Location.Span.Start);
    }

    [Fact]
    public void A_lexical_error_in_a_later_window_is_reported_before_the_syntax_errors_as_in_the_whole_file()
    {
        var text = "host first {\n  memory = 8 GiB\n}\n" + Hosts(2_000) + "host late {\n  memory 8 @ GiB\n  name \"open {\n}\n";

        WholeParseComparison.AssertSame(text);
        Assert.Equal(new[] { "TOPO0001", "TOPO0001", "TOPO0002" }, ReadAll(text).Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_declaration_at_the_start_of_a_line_closes_blocks_left_open_after_many_statements()
    {
        var text = Hosts(1_000) + "host open {\n  memory 8 GiB\nhost next {\n  memory 4 GiB\n}\n" + Hosts(1_000);

        WholeParseComparison.AssertSame(text);
    }

    [Fact]
    public void Stray_braces_and_errors_between_statements_read_as_the_whole_file_parses()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            text.Append(Hosts(1)).Append(i % 7 == 0 ? "}\n" : string.Empty).Append(i % 11 == 0 ? "memory = 8\n" : string.Empty).Append(i % 13 == 0 ? ";;\n\n" : string.Empty);
        }

        WholeParseComparison.AssertSame(text.ToString());
    }

    /// <summary>The tree of a text read to its end a statement at a time: its diagnostics are complete.</summary>
    private static SyntaxTree ReadAll(string text)
    {
        var reader = SyntaxTree.ReadStatementByStatement(SourceText.From(text));
        foreach (var _ in reader.ReadAll())
        {
        }

        return reader.Tree;
    }

    private static string List(int items) => "[" + string.Join(", ", Enumerable.Range(0, items).Select(i => $"t{i}")) + "]";

    private static string Hosts(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"host h{i} {{\n  memory 8 GiB\n  guest g {{ vcpus 2 }}\n}}\n"));
}
