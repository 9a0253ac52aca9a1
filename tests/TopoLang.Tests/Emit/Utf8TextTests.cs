using System;
using System.Buffers;
using System.Linq;
using System.Text;
using CsCheck;
using TopoLang.Compiler.Emit;

namespace TopoLang.Tests.Emit;

/// <summary>A text goes into its file's writer as exactly the bytes UTF-8 gives it, however it is cut up on the way.</summary>
public sealed class Utf8TextTests
{
    // Long enough to be encoded in many calls; pairs of surrogates at every offset, so that some fall across a cut.
    private static readonly string Long = string.Concat(Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? "é😀" : "a\u4e2d"));

    [Fact]
    public void A_long_string_is_written_as_its_utf8_bytes()
    {
        var output = new ArrayBufferWriter<byte>();

        Utf8Text.Write(Long, output);

        Assert.Equal(Encoding.UTF8.GetBytes(Long), output.WrittenSpan.ToArray());
    }

    [Fact]
    public void A_file_made_from_appended_text_has_that_text()
    {
        var file = GeneratedFile.FromText("a.txt", text => text.Append("line one\n").Append(Long));

        Assert.Equal("line one\n" + Long, file.Text);
        Assert.Equal(new GeneratedFile("a.txt", "line one\n" + Long), file);
    }

    [Fact]
    public void A_file_written_by_a_writer_is_written_again_each_time_its_text_is_asked_for()
    {
        var calls = 0;
        var file = GeneratedFile.WrittenBy("b.txt", output =>
        {
            calls++;
            output.Write("text"u8);
        });

        Assert.Equal("text", file.Text);
        Assert.Equal("text", file.Text);
        Assert.Equal(2, calls);
        Assert.Null(file.KnownLength);
    }
}

/// <summary>plan.json ends its lines with "\n" on every platform, whatever System.Text.Json's writer ends them with.</summary>
public sealed class LineFeedOutputTests
{
    [Fact]
    public void The_cr_of_each_line_end_is_dropped_even_where_the_line_end_is_split_between_two_pieces()
    {
        var output = new ArrayBufferWriter<byte>();
        var lineFeeds = new LineFeedOutput(output);

        Write(lineFeeds, "{\r\n  \"a\": 1,\r");
        Write(lineFeeds, "\n  \"b\": \"\\r\"\r\n}");

        Assert.Equal("{\n  \"a\": 1,\n  \"b\": \"\\r\"\n}", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    private static void Write(IBufferWriter<byte> output, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }
}

/// <summary>Text appended piece by piece becomes the bytes UTF-8 gives the whole text, however the pieces fall.</summary>
public sealed class Utf8BuilderTests
{
    [Fact]
    public void Any_text_appended_in_any_pieces_is_the_utf8_of_the_whole()
    {
        // ASCII, other characters of one to three bytes, and both halves of pairs, alone and
        // together, in any order, cut at random places.
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['\u00e0', '\u00ff'], Gen.Char['\u4e00', '\u4e10'], Gen.Char['\uD800', '\uD803'], Gen.Char['\uDC00', '\uDC03']);
        Gen.String[chars, 0, 300].Select(Gen.Int[1, 40]).Sample((text, cut) =>
        {
            var bytes = Write(builder =>
            {
                for (var start = 0; start < text.Length; start += cut)
                {
                    builder.Append(text, start, System.Math.Min(cut, text.Length - start));
                }
            });

            Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
        });
    }

    [Fact]
    public void A_surrogate_pair_appended_a_char_at_a_time_is_one_character()
    {
        var bytes = Write(builder => builder.Append('a').Append('\uD83D').Append('\uDE00').Append('b'));

        Assert.Equal(Encoding.UTF8.GetBytes("a😀b"), bytes);
    }

    [Fact]
    public void A_first_half_of_a_pair_left_at_the_end_is_written_as_utf8_writes_a_lone_one()
    {
        var bytes = Write(builder => builder.Append("x\uD83D"));

        Assert.Equal(Encoding.UTF8.GetBytes("x\uD83D"), bytes);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(-42L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void A_number_is_its_invariant_digits(long value)
    {
        var bytes = Write(builder => builder.Append("n=").Append(value));

        Assert.Equal(Encoding.UTF8.GetBytes("n=" + value.ToString(System.Globalization.CultureInfo.InvariantCulture)), bytes);
    }

    private static byte[] Write(System.Action<Utf8Builder> write)
    {
        var output = new ArrayBufferWriter<byte>();
        Utf8Builder.Write(output, write);
        return output.WrittenSpan.ToArray();
    }
}
