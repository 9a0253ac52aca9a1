using System.IO;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Syntax;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Text;

/// <summary>
/// Valid UTF-8 is decoded a chunk at a time, a large file in two parts on two threads; what comes
/// out is what the whole file decodes to.
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
    public void Characters_split_across_read_chunks_decode_whole()
    {
        // Three- and four-byte characters over several 64 KiB chunks: some straddle a boundary.
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
