using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Tests.Editors;

/// <summary>
/// The TextMate grammar's word lists are the compiler's: its keywords (SyntaxFacts), units
/// (UnitCatalog), block kinds, declaring and referring entries and fixed words (TopoSchema), and
/// CPU flags (CpuFlags). A word added to the language without the grammar fails here.
/// </summary>
public sealed class GrammarWordListTests
{
    /// <summary>The rules that read the first word of a statement, in the grammar's order (the first of them to match wins, as in TextMate).</summary>
    private static readonly string[] StatementRules = { "header", "import", "param", "for-loop", "declaration", "declaration-or-reference", "block-entry", "entry" };

    private static readonly TextMateGrammar Grammar = TextMateGrammar.Load();

    public static TheoryData<string> Keywords => Rows(LexerKeywords());

    public static TheoryData<string> Units => Rows(UnitCatalog.All.Select(unit => unit.Symbol)
        .Concat(UnitCatalog.OfKind(UnitKind.Money).Select(unit => unit.Symbol + TopoLang.Compiler.Syntax.Units.PerMonthSuffix)));

    public static TheoryData<string> BlockKinds => Rows(SchemaWords.BlockKinds);

    public static TheoryData<string> DeclaringWords => Rows(SchemaWords.Declaring);

    public static TheoryData<string> ReferringWords => Rows(SchemaWords.Referring);

    [Fact]
    public void Keywords_are_the_keywords_of_the_lexer()
    {
        AssertSameWords(LexerKeywords(), Grammar.Words("keywords").Union(Grammar.Words("booleans")), "keywords");
    }

    [Theory]
    [MemberData(nameof(Keywords))]
    public void Every_keyword_is_scoped_as_a_keyword_or_a_boolean(string keyword)
    {
        var rule = keyword is "true" or "false" ? "booleans" : "keywords";
        var match = Grammar.Match(rule, keyword);

        Assert.Equal(keyword, match.Groups[1].Value);
        Assert.Matches("^(keyword\\.control|constant\\.language)\\.", Grammar.CaptureScope(rule, 1));
    }

    [Theory]
    [InlineData("topology lab", "topology", "keyword.control.")]
    [InlineData("namespace Acme.Infra", "namespace", "keyword.control.")]
    [InlineData("import \"common/networks.topo\"", "import", "keyword.control.")]
    [InlineData("param web_count: int = 3", "param", "keyword.control.")]
    [InlineData("param web_count: int = 3", "web_count", "variable.parameter.")]
    [InlineData("param web_count: int = 3", "int", "support.type.")]
    [InlineData("  for i in 1..web_count {", "for", "keyword.control.")]
    [InlineData("  for i in 1..web_count {", "in", "keyword.control.")]
    [InlineData("namespace Acme.Infra", "Acme.Infra", "entity.name.namespace.")]
    public void Statement_keywords_and_what_they_name_are_scoped_at_the_start_of_a_statement(string line, string word, string scope)
    {
        var (rule, match) = FirstStatementMatch(line);

        Assert.StartsWith(scope, ScopeOf(rule, match, word));
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void Every_unit_of_the_language_is_scoped_as_a_unit(string unit)
    {
        foreach (var quantity in new[] { "8 " + unit, "8" + unit, "8\t" + unit })
        {
            var match = Grammar.Match("quantities", quantity);

            Assert.Equal(quantity, match.Value);
            Assert.StartsWith("keyword.other.unit.", ScopeOf("quantities", match, unit));
            Assert.StartsWith("constant.numeric.", ScopeOf("quantities", match, "8"));
        }
    }

    [Theory]
    [InlineData("8 GiBx")]
    [InlineData("8 GiB-x")]
    [InlineData("8 gib")]
    public void A_word_that_only_starts_like_a_unit_is_not_one(string text)
    {
        Assert.Equal("8", Grammar.Match("quantities", text).Value);
    }

    [Theory]
    [MemberData(nameof(BlockKinds))]
    public void Every_block_kind_of_the_schema_is_scoped_as_a_block_kind(string word)
    {
        var (rule, match) = FirstStatementMatch($"  {word} x {{");

        Assert.StartsWith("storage.type.", ScopeOf(rule, match, word));
    }

    [Theory]
    [MemberData(nameof(DeclaringWords))]
    public void The_name_a_declaring_entry_declares_is_scoped_as_a_name(string word)
    {
        var (rule, match) = FirstStatementMatch($"  {word} web-1 {{");

        Assert.StartsWith("entity.name.", ScopeOf(rule, match, "web-1"));
    }

    [Theory]
    [MemberData(nameof(ReferringWords))]
    public void A_name_an_entry_refers_to_is_not_scoped_as_a_declaration(string word)
    {
        var (rule, match) = FirstStatementMatch($"  {word} lan");

        var scopes = match.Groups.Cast<Group>().Skip(1).Where(group => group.Success && group.Value == "lan").Select(group => Grammar.CaptureScope(rule, int.Parse(group.Name, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(scopes, scope => scope.StartsWith("entity.name.", StringComparison.Ordinal));
    }

    [Fact]
    public void Declaring_words_are_split_between_the_two_declaration_rules_as_the_schema_uses_them()
    {
        AssertSameWords(SchemaWords.Declaring.Except(SchemaWords.Referring), Grammar.Words("declaration"), "words that always declare");
        AssertSameWords(SchemaWords.Declaring.Intersect(SchemaWords.Referring), Grammar.Words("declaration-or-reference"), "words that declare or refer");
    }

    [Fact]
    public void Fixed_words_are_the_schemas_enum_words()
    {
        AssertSameWords(SchemaWords.EnumWords, Grammar.Words("enum-words"), "fixed words");
    }

    [Fact]
    public void Cpu_flags_are_the_catalogs_flags()
    {
        AssertSameWords(CpuFlags.Names, Grammar.Words("cpu-flags"), "CPU flags");
    }

    private static IEnumerable<string> LexerKeywords()
    {
        foreach (var kind in Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsKeyword))
        {
            var word = SyntaxFacts.GetDisplayText(kind).Trim('\'');
            Assert.Equal(kind, SyntaxFacts.GetKeywordKind(word));
            yield return word;
        }
    }

    /// <summary>The statement rule TextMate would pick for the line: the first in order to match at its start.</summary>
    private static (string Rule, Match Match) FirstStatementMatch(string line)
    {
        foreach (var rule in StatementRules)
        {
            var match = Grammar.Match(rule, line);
            if (match.Success && match.Index == 0)
            {
                return (rule, match);
            }
        }

        throw new Xunit.Sdk.XunitException($"no statement rule matches '{line}'");
    }

    /// <summary>The scope of the capture group that holds exactly <paramref name="text"/>.</summary>
    private static string ScopeOf(string rule, Match match, string text)
    {
        var group = match.Groups.Cast<Group>().Skip(1).FirstOrDefault(g => g.Success && g.Value == text)
            ?? throw new Xunit.Sdk.XunitException($"rule '{rule}' matched '{match.Value}' but captures no '{text}'");
        return Grammar.CaptureScope(rule, int.Parse(group.Name, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void AssertSameWords(IEnumerable<string> compiler, IEnumerable<string> grammar, string what)
    {
        var missing = compiler.Except(grammar, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var extra = grammar.Except(compiler, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"the grammar's {what} differ from the compiler's: missing [{string.Join(", ", missing)}], not the compiler's [{string.Join(", ", extra)}]");
    }

    private static TheoryData<string> Rows(IEnumerable<string> words)
    {
        var rows = new TheoryData<string>();
        foreach (var word in words.Order(StringComparer.Ordinal))
        {
            rows.Add(word);
        }

        return rows;
    }
}
