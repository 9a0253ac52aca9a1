using System.Linq;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Syntax;

/// <summary>
/// The binder holds statements back until the file's last directive; a file read a statement at
/// a time finds it with a first lexing that keeps no tokens, so it must be the same keyword the
/// tokens hold, never a word in a comment or a string.
/// </summary>
public sealed class LexicalPassTests
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

    private static int LastDirectiveStart(string text) => SyntaxTree.ReadStatementByStatement(SourceText.From(text)).LastDirectiveStart;
}
