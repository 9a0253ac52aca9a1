using System.Linq;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Syntax;

public sealed class LexerTests
{
    private static (SyntaxKind Kind, string Text)[] Lex(string text)
    {
        var tree = SyntaxTree.Parse(SourceText.From(text));
        return tree.Tokens.Where(t => t.Kind != SyntaxKind.EndOfFile).Select(t => (t.Kind, text.Substring(t.Start, t.Length))).ToArray();
    }

    [Fact]
    public void Identifier_may_contain_inner_hyphens()
    {
        Assert.Equal(new[] { (SyntaxKind.Identifier, "high-memory-server") }, Lex("high-memory-server"));
    }

    [Fact]
    public void Trailing_hyphen_is_not_part_of_an_identifier()
    {
        var tree = SyntaxTree.Parse(SourceText.From("kvm-"));

        Assert.Equal(SyntaxKind.Identifier, tree.Tokens[0].Kind);
        Assert.Equal(3, tree.Tokens[0].Length);
        Assert.Equal("TOPO0001", Assert.Single(tree.Diagnostics).Code);
    }

    [Fact]
    public void Double_hyphen_ends_an_identifier()
    {
        var tokens = SyntaxTree.Parse(SourceText.From("a--b")).Tokens;

        Assert.Equal(1, tokens[0].Length);
    }

    [Theory]
    [InlineData("8 GiB")]
    [InlineData("8GiB")]
    [InlineData("8\tGiB")]
    [InlineData("1.5 GiB")]
    [InlineData("70%")]
    [InlineData("70 %")]
    [InlineData("300_000 KRW/month")]
    [InlineData("300 s")]
    [InlineData("2.4 GHz")]
    public void Number_followed_by_a_unit_is_one_quantity(string text)
    {
        Assert.Equal(new[] { (SyntaxKind.Quantity, text) }, Lex(text));
    }

    [Fact]
    public void Unit_followed_by_a_name_character_is_not_a_unit()
    {
        Assert.Equal(new[] { (SyntaxKind.Number, "8"), (SyntaxKind.Identifier, "GiBx") }, Lex("8 GiBx"));
    }

    [Fact]
    public void Unit_on_the_next_line_is_not_part_of_the_quantity()
    {
        Assert.Equal(new[] { (SyntaxKind.Number, "8"), (SyntaxKind.Newline, "\n"), (SyntaxKind.Identifier, "GiB") }, Lex("8\nGiB"));
    }

    [Fact]
    public void Range_between_numbers_is_two_numbers_and_a_dot_dot()
    {
        Assert.Equal(new[] { (SyntaxKind.Number, "1"), (SyntaxKind.DotDot, ".."), (SyntaxKind.Number, "3") }, Lex("1..3"));
    }

    [Fact]
    public void Number_may_hold_underscores_and_a_fraction()
    {
        Assert.Equal(new[] { (SyntaxKind.Number, "300_000.25") }, Lex("300_000.25"));
    }

    [Theory]
    [InlineData("topology", SyntaxKind.TopologyKeyword)]
    [InlineData("namespace", SyntaxKind.NamespaceKeyword)]
    [InlineData("import", SyntaxKind.ImportKeyword)]
    [InlineData("param", SyntaxKind.ParamKeyword)]
    [InlineData("for", SyntaxKind.ForKeyword)]
    [InlineData("in", SyntaxKind.InKeyword)]
    [InlineData("true", SyntaxKind.TrueKeyword)]
    [InlineData("false", SyntaxKind.FalseKeyword)]
    [InlineData("host", SyntaxKind.Identifier)]
    [InlineData("formula", SyntaxKind.Identifier)]
    public void Keywords_are_recognised_and_other_words_are_identifiers(string text, SyntaxKind kind)
    {
        Assert.Equal(kind, Lex(text)[0].Kind);
    }

    [Fact]
    public void String_with_escapes_and_interpolation_is_one_token()
    {
        const string text = "\"web-${i} \\\"x\\\" \\u{1F600}\"";

        Assert.Equal(new[] { (SyntaxKind.String, text) }, Lex(text));
    }

    [Fact]
    public void Unterminated_string_ends_at_the_end_of_its_line()
    {
        var tokens = Lex("\"abc\r\nnext");

        Assert.Equal((SyntaxKind.String, "\"abc"), tokens[0]);
        Assert.Equal((SyntaxKind.Identifier, "next"), tokens[^1]);
    }

    [Fact]
    public void Comments_and_whitespace_are_trivia_of_the_next_token()
    {
        var tree = SyntaxTree.Parse(SourceText.From("  // note\n/* block */ host"));
        var host = tree.Tokens[1];

        Assert.Equal(SyntaxKind.Identifier, host.Kind);
        Assert.Equal(new[] { TriviaKind.BlockComment, TriviaKind.Whitespace }, tree.GetLeadingTrivia(host).Select(t => t.Kind));
        Assert.Equal(new[] { TriviaKind.Whitespace, TriviaKind.LineComment }, tree.GetLeadingTrivia(tree.Tokens[0]).Select(t => t.Kind));
    }

    [Fact]
    public void Run_of_bad_characters_is_one_diagnostic_and_skipped_trivia()
    {
        var tree = SyntaxTree.Parse(SourceText.From("host \0\0\0\0 a"));

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("TOPO0001", diagnostic.Code);
        Assert.Equal(new TextSpan(5, 4), diagnostic.Location.Span);
        Assert.Contains(tree.GetLeadingTrivia(tree.Tokens[1]), t => t.Kind == TriviaKind.SkippedText);
    }

    [Fact]
    public void Crlf_ends_a_line_and_the_carriage_return_is_trivia()
    {
        Assert.Equal(new[] { (SyntaxKind.Identifier, "a"), (SyntaxKind.Newline, "\n"), (SyntaxKind.Identifier, "b") }, Lex("a\r\nb"));
    }
}
