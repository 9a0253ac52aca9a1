using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Values;

namespace TopoLang.Tests.Values;

public sealed class StringLiteralTests
{
    private static string DecodeText(string token) => Assert.IsType<TextPart>(Assert.Single(StringLiteral.Decode(token))).Text;

    [Fact]
    public void Plain_string_is_one_text_part()
    {
        Assert.Equal("ubuntu-22.04", DecodeText("\"ubuntu-22.04\""));
    }

    [Fact]
    public void Empty_string_has_no_parts()
    {
        Assert.Empty(StringLiteral.Decode("\"\""));
    }

    [Theory]
    [InlineData(@"""a\""b""", "a\"b")]
    [InlineData(@"""a\\b""", "a\\b")]
    [InlineData(@"""a\nb""", "a\nb")]
    [InlineData(@"""a\tb""", "a\tb")]
    public void Simple_escapes_decode(string token, string text)
    {
        Assert.Equal(text, DecodeText(token));
    }

    [Theory]
    [InlineData(@"""\u{41}""", "A")]
    [InlineData(@"""\u{e9}""", "é")]
    [InlineData(@"""\u{00E9}""", "é")]
    [InlineData(@"""\u{10FFFF}""", "\U0010FFFF")]
    public void Unicode_escape_decodes_its_scalar_value(string token, string text)
    {
        Assert.Equal(text, DecodeText(token));
    }

    [Fact]
    public void Unicode_escape_beyond_the_basic_plane_becomes_a_surrogate_pair()
    {
        var text = DecodeText(@"""\u{1F600}""");

        Assert.Equal("\uD83D\uDE00", text);
    }

    [Theory]
    [InlineData(@"""\u{D800}""", @"\u{D800}")]
    [InlineData(@"""\u{110000}""", @"\u{110000}")]
    [InlineData(@"""\u{}""", @"\u{}")]
    [InlineData(@"""\u{1234567}""", @"\u{1234567}")]
    [InlineData(@"""\u{41""", @"\u{41")]
    [InlineData(@"""\q""", @"\q")]
    [InlineData(@"""\u""", @"\u")]
    public void Malformed_escape_stays_as_written(string token, string text)
    {
        Assert.Equal(text, DecodeText(token));
    }

    [Fact]
    public void Backslash_at_the_end_of_an_unterminated_token_stays()
    {
        Assert.Equal("a\\", DecodeText("\"a\\"));
    }

    [Fact]
    public void Interpolation_is_its_own_part()
    {
        var parts = StringLiteral.Decode("\"web-${i}\"");

        Assert.Equal(new StringPart[] { new TextPart("web-"), new InterpolationPart("i", 5, 4) }, parts);
    }

    [Fact]
    public void Interpolation_offsets_count_from_the_opening_quote()
    {
        var token = "\"${region}-${zone-id}x\"";
        var parts = StringLiteral.Decode(token);

        Assert.Equal(
            new StringPart[]
            {
                new InterpolationPart("region", 1, 9),
                new TextPart("-"),
                new InterpolationPart("zone-id", 11, 10),
                new TextPart("x"),
            },
            parts);
        Assert.Equal("${zone-id}", token.Substring(11, 10));
    }

    [Fact]
    public void Offsets_count_escapes_as_written()
    {
        var part = Assert.IsType<InterpolationPart>(StringLiteral.Decode(@"""\u{41}\n${i}""")[1]);

        Assert.Equal(9, part.Offset);
    }

    [Theory]
    [InlineData(@"""\${x}""", @"\${x}")]
    [InlineData(@"""${}""", "${}")]
    [InlineData(@"""${1x}""", "${1x}")]
    [InlineData(@"""${a-}""", "${a-}")]
    [InlineData(@"""${a""", "${a")]
    [InlineData(@"""$x""", "$x")]
    [InlineData(@"""cost $""", "cost $")]
    public void Text_that_is_not_an_interpolation_stays_text(string token, string text)
    {
        Assert.Equal(text, DecodeText(token));
    }

    [Fact]
    public void Unterminated_token_decodes_to_its_end()
    {
        var parts = StringLiteral.Decode("\"web-${i} \\t");

        Assert.Equal(new StringPart[] { new TextPart("web-"), new InterpolationPart("i", 5, 4), new TextPart(" \t") }, parts);
    }

    [Fact]
    public void Lone_quote_decodes_to_nothing()
    {
        Assert.Empty(StringLiteral.Decode("\""));
    }

    [Fact]
    public void Text_after_the_closing_quote_is_ignored()
    {
        Assert.Equal("a", DecodeText("\"a\"b"));
    }

    [Fact]
    public void Empty_or_null_token_decodes_to_nothing()
    {
        Assert.Empty(StringLiteral.Decode(string.Empty));
        Assert.Empty(StringLiteral.Decode(null!));
    }

    [Theory]
    [InlineData("\"web-${i}\"", true)]
    [InlineData("\"web\"", false)]
    [InlineData(@"""\${i}""", false)]
    [InlineData("\"${\"", false)]
    public void HasInterpolation_finds_only_real_interpolations(string token, bool expected)
    {
        Assert.Equal(expected, StringLiteral.HasInterpolation(token));
    }

    [Fact]
    public void Decode_returns_an_immutable_array()
    {
        ImmutableArray<StringPart> parts = StringLiteral.Decode("\"a\"");

        Assert.False(parts.IsDefault);
    }
}
