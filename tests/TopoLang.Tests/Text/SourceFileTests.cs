using System.IO;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Text;

/// <summary>
/// An ASCII file is kept as its bytes; other valid UTF-8 is decoded, a large file in two parts on
/// two threads. Either way, what comes out is what the whole file decodes to.
/// </summary>
public sealed class SourceFileTests
{
    private static string Write(byte[] bytes)
    {
        var path = Path.Combine(TestTemp.NewFolder("source-file-"), "input.topo");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void An_ASCII_file_is_kept_as_its_bytes_until_its_text_is_asked_for()
    {
        var text = "topology lab\r\nnetwork lan { cidr \"10.0.0.0/24\" }\n";

        var (source, encoding) = SourceFile.Read(Write(Encoding.ASCII.GetBytes(text)));

        Assert.Null(encoding);
        Assert.False(source.HasText);
        Assert.Equal("network", source.ToString(new TextSpan(14, 7)));
        Assert.Equal(text, source.Text);
        Assert.True(source.HasText);
    }

    [Fact]
    public void A_large_ASCII_file_read_in_two_halves_is_every_byte_in_its_place()
    {
        // Odd length, every byte value of ASCII, no run repeating at the halves' seam.
        var bytes = Enumerable.Range(0, (3 * 1024 * 1024) + 7).Select(i => (byte)((i * 31 + (i >> 12)) % 128)).ToArray();

        var (source, encoding) = SourceFile.Read(Write(bytes));

        Assert.Null(encoding);
        Assert.False(source.HasText);
        Assert.Equal(Encoding.ASCII.GetString(bytes), source.Text);
    }

    [Fact]
    public void An_ASCII_text_kept_as_bytes_reads_as_its_string_does()
    {
        var text = "a\r\nbc\rd\n\n  efg\r\n\r\nlast";
        var asString = SourceText.From(text, "t.topo");
        var asBytes = SourceText.FromAscii(Encoding.ASCII.GetBytes(text), "t.topo");

        Assert.Equal(asString.LineCount, asBytes.LineCount);
        Assert.All(Enumerable.Range(0, text.Length + 1), offset => Assert.Equal(asString.GetLinePosition(offset), asBytes.GetLinePosition(offset)));
        Assert.All(Enumerable.Range(0, asString.LineCount), line => Assert.Equal(asString.GetLineSpan(line), asBytes.GetLineSpan(line)));
        Assert.All(Enumerable.Range(0, text.Length), offset => Assert.Equal(asString[offset], asBytes[offset]));
        Assert.Equal(asString.ToString(new TextSpan(3, 6)), asBytes.ToString(new TextSpan(3, 6)));
    }

    [Fact]
    public void A_file_with_one_character_beyond_ASCII_is_decoded_into_a_string()
    {
        var text = "// caf\u00e9\nnetwork lan {}\n";

        var (source, _) = SourceFile.Read(Write(Encoding.UTF8.GetBytes(text)));

        Assert.True(source.HasText);
        Assert.Equal(text, source.Text);
    }

    [Fact]
    public void Characters_of_a_large_file_beyond_ASCII_decode_whole()
    {
        // Three- and four-byte characters across the whole file, which is read in two parts.
        var text = string.Concat(Enumerable.Repeat("// 한국어 😀 é\nnetwork lan { cidr \"10.0.0.0/24\" }\n", 9000));
        var path = Write(Encoding.UTF8.GetBytes(text));

        var (source, encoding) = SourceFile.Read(path);

        Assert.Null(encoding);
        Assert.Equal(text, source.Text);
    }

    [Fact]
    public void A_large_file_whose_middle_falls_inside_a_character_decodes_whole()
    {
        // Two ASCII bytes, then four-byte characters: the middle byte (odd) is inside one of them.
        var text = "ab" + string.Concat(Enumerable.Repeat("😀", 300_001));
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.True(bytes.Length > 1024 * 1024 && (bytes[bytes.Length / 2] & 0xC0) == 0x80);

        var (source, encoding) = SourceFile.Read(Write(bytes));

        Assert.Null(encoding);
        Assert.Equal(text, source.Text);
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(3, 4)]
    public void A_large_file_with_a_bad_byte_in_either_half_says_where_it_is(int numerator, int denominator)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("network lan { cidr \"10.0.0.0/24\" }\n", 60_000)));
        var bad = bytes.Length * numerator / denominator;
        bytes[bad] = 0xFF;

        var (source, encoding) = SourceFile.Read(Write(bytes));

        Assert.NotNull(encoding);
        Assert.Contains($"byte 0xFF at byte offset {bad}", encoding.Message);
        Assert.Equal('\uFFFD', source.Text[bad]);
    }

    [Fact]
    public void A_byte_order_mark_is_kept_as_the_whole_file_decodes_it()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("network lan {}\n")).ToArray();

        var (source, _) = SourceFile.Read(Write(bytes));

        Assert.Equal(new UTF8Encoding(false).GetString(bytes), source.Text);
    }

    [Fact]
    public void An_empty_file_reads_as_empty_text()
    {
        var (source, encoding) = SourceFile.Read(Write([]));

        Assert.Equal(string.Empty, source.Text);
        Assert.Null(encoding);
    }

    [Fact]
    public void A_missing_file_is_an_IO_error_for_the_caller()
    {
        Assert.Throws<FileNotFoundException>(() => SourceFile.Read(Path.Combine(TestTemp.NewFolder("source-file-"), "absent.topo")));
    }
}
