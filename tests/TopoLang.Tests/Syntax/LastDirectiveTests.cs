using System.Linq;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Syntax;

/// <summary>
/// The binder holds statements back until the file's last directive; a file read a statement at
/// a time finds it by lexing only the lines that hold a keyword's text, so it must be the same
/// keyword the tokens of the whole text hold, never a word in a comment, a string or a name.
/// </summary>
public sealed class LastDirectiveTests
{
    [Fact]
    public void The_last_directive_after_many_statements_is_found()
    {
        var hosts = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"host h{i} {{ memory 8 GiB }}\n"));
        var text = "topology lab\n" + hosts + "param count: int = 2\n" + hosts;

        Assert.Equal(text.LastIndexOf("param", System.StringComparison.Ordinal), LastDirectiveStart(text));
    }

    [Fact]
    public void Directive_words_in_comments_and_strings_are_not_directives()
    {
        var text = "namespace Lab\nimport \"a.topo\"\n// import \"b.topo\"\n/* param x: int */\nhost h { name \"topology\"; memory 8 GiB }\nhost \"param\" { }\n/* import";

        Assert.Equal(text.IndexOf("import", System.StringComparison.Ordinal), LastDirectiveStart(text));
    }

    [Fact]
    public void A_directive_word_inside_an_unterminated_string_is_not_a_directive()
    {
        var text = "topology lab\nhost h { name \"x import \"y\" }\n";

        Assert.Equal(0, LastDirectiveStart(text));
    }

    [Fact]
    public void A_file_without_directives_has_none()
    {
        Assert.Equal(-1, LastDirectiveStart("host h { memory 8 GiB }\nparameters 2\nimports x\n"));
    }

    [Fact]
    public void The_last_directive_is_the_last_such_keyword_the_tokens_hold()
    {
        var text = "host a {}\nparam x: int\nnetwork n {}\nnamespace A.B\nhost b { param c }\n";
        var keyword = SyntaxTree.Parse(SourceText.From(text)).Tokens
            .Last(t => t.Kind is SyntaxKind.ImportKeyword or SyntaxKind.ParamKeyword or SyntaxKind.TopologyKeyword or SyntaxKind.NamespaceKeyword);

        Assert.Equal(keyword.Start, LastDirectiveStart(text));
    }

    [Fact]
    public void A_directive_after_a_block_comment_that_ends_on_its_line_is_found()
    {
        var text = "topology lab\n/* a comment\nparam x: int\n*/ param y: int\nhost h {}\n";

        Assert.Equal(text.LastIndexOf("param", System.StringComparison.Ordinal), LastDirectiveStart(text));
    }

    [Fact]
    public void A_directive_word_on_a_line_inside_a_block_comment_is_not_a_directive()
    {
        var text = "param x: int\n/*\nimport \"a.topo\"\n   namespace B\n*/\nhost h {}\n";

        Assert.Equal(0, LastDirectiveStart(text));
    }

    [Fact]
    public void Directive_words_inside_longer_names_are_not_directives()
    {
        var text = "import \"a.topo\"\nhost import-db { }\nhost params { }\nhost x-param { }\nhost param-x { }\n";

        Assert.Equal(0, LastDirectiveStart(text));
    }

    [Fact]
    public void A_directive_after_a_word_ending_in_a_hyphen_and_a_number_is_a_directive()
    {
        var text = "host h { vcpus 1-param }\n";

        Assert.Equal(text.IndexOf("param", System.StringComparison.Ordinal), LastDirectiveStart(text));
    }

    [Fact]
    public void Many_lines_with_directive_words_in_names_do_not_hide_an_early_directive()
    {
        var hosts = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"host import-{i} {{ name \"param {i}\" }} // topology\n"));
        var text = "namespace A\ntopology lab\n" + hosts;

        Assert.Equal(text.IndexOf("topology", System.StringComparison.Ordinal), LastDirectiveStart(text));
    }

    [Fact]
    public void Any_mix_of_names_strings_comments_and_directives_gives_the_last_directive_token()
    {
        string[] pieces =
        {
            "param", "import", "topology", "namespace", " ", "\n", "\r\n", "\t", "x", "-", "1", "4 GiB",
            "\"", "\\", "\"param\"", "\"a\\\"import\"", "${", "}", "{", "/*", "*/", "//", "/", "*", "params", "x-param", "param-",
        };
        var random = new System.Random(15);
        for (var sample = 0; sample < 3_000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));

            Assert.True(LastDirectiveTokenStart(text) == LastDirectiveStart(text), $"text: {System.Text.Json.JsonSerializer.Serialize(text)}");
        }
    }

    private static int LastDirectiveTokenStart(string text) =>
        SyntaxTree.Parse(SourceText.From(text)).Tokens.Where(t => SyntaxFacts.IsDirectiveKeyword(t.Kind)).Select(t => t.Start).DefaultIfEmpty(-1).Last();

    private static int LastDirectiveStart(string text) => SyntaxTree.ReadStatementByStatement(SourceText.From(text)).LastDirectiveStart;
}
