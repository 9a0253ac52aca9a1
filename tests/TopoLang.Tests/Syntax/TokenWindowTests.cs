using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Syntax.Parsing;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Syntax;

/// <summary>
/// A file read a top-level statement at a time holds the tokens of the statement being parsed,
/// not of the file: the window keeps its size whatever the length of the file, and grows only
/// for a statement longer than it.
/// </summary>
public sealed class TokenWindowTests
{
    private const int InitialWindow = 4_096;

    [Fact]
    public void A_long_file_of_short_statements_is_read_in_a_window_of_its_first_size()
    {
        var text = Hosts(20_000); // 400,000 tokens

        var window = ReadAll(text);

        Assert.Equal(InitialWindow, window.Capacity);
    }

    [Fact]
    public void A_statement_longer_than_the_window_grows_it_to_that_statement_not_to_the_file()
    {
        var text = Hosts(10_000) + "host big {\n  tags [" + string.Join(", ", Enumerable.Range(0, 5_000).Select(i => $"t{i}")) + "]\n}\n" + Hosts(10_000);

        var window = ReadAll(text);

        Assert.Equal(4 * InitialWindow, window.Capacity); // the statement has 10,000 tokens; the file 410,000
    }

    [Fact]
    public void Tokens_before_the_statement_being_parsed_are_let_go_and_the_rest_are_the_files()
    {
        var text = SourceText.From(Hosts(5));
        var whole = SyntaxTree.Parse(text).Tokens;
        var tokens = new TokenBuffer(new Lexer(text, diagnostics: null));
        _ = tokens[25];

        tokens.DiscardBefore(20);

        Assert.Throws<System.InvalidOperationException>(() => tokens[19]);
        Assert.Equal(whole.Skip(20), Enumerable.Range(20, whole.Length - 20).Select(i => tokens[i]));
        Assert.False(tokens.Exists(whole.Length));
    }

    private static TokenBuffer ReadAll(string text)
    {
        var source = SourceText.From(text);
        var tokens = new TokenBuffer(new Lexer(source, diagnostics: null));
        var context = new ParseContext(source, tokens, new DiagnosticBag());
        while (NextTopLevelStatementParser.ReadNext(context) is not null)
        {
        }

        return tokens;
    }

    private static string Hosts(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"host h{i} {{ memory 8 GiB }}\n"));
}
