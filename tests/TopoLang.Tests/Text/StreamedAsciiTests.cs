using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using TopoLang.Compiler;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.Generator;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Text;

/// <summary>
/// A large ASCII file read a block at a time (<see cref="StreamedAscii"/>) reads as the whole file
/// does, whatever its blocks' seams cut and whatever was let go; and a compile of it holds a few
/// blocks, not the file.
/// </summary>
public sealed class StreamedAsciiTests
{
    private static readonly string[] Needles = ["/*", "param", "ar", "\n", "topology", "x"];

    private static string Write(string text)
    {
        var path = Path.Combine(TestTemp.NewFolder("streamed-"), "input.topo");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes(text));
        return path;
    }

    private static SourceText Streamed(string path, int blockShift) =>
        SourceText.FromStreamedAscii(StreamedAscii.TryOpen(path, minimumLength: 0, blockShift)!, path);

    [Fact]
    public void Every_search_finds_in_a_streamed_text_what_it_finds_in_the_whole_text()
    {
        // Texts of the words the compiler searches for, cut into blocks of 4 to 64 bytes, some let go before the searches.
        var piece = Gen.OneOf(Gen.Const("/*"), Gen.Const("param"), Gen.Const("topology"), Gen.Const("\n"), Gen.String[Gen.Char["arx */\n"], 0, 6]);
        var gen = Gen.Select(piece.Array[0, 60], Gen.Int[2, 6], Gen.Int[0, 400]);

        gen.Sample((pieces, blockShift, release) =>
        {
            var text = string.Concat(pieces);
            var whole = SourceText.FromAscii(Encoding.ASCII.GetBytes(text), "t.topo").Chars;
            var streamed = Streamed(Write(text), blockShift).Chars;
            streamed.ReleaseBefore(Math.Min(release, text.Length));

            Assert.Equal(whole.Length, streamed.Length);
            for (var position = 0; position <= text.Length; position++)
            {
                if (position < text.Length)
                {
                    Assert.Equal(whole[position], streamed[position]);
                    Assert.Equal(whole.LastIndexOf('\n', position), streamed.LastIndexOf('\n', position));
                }

                Assert.Equal(whole.IndexOf('\n', position), streamed.IndexOf('\n', position));
                foreach (var needle in Needles)
                {
                    Assert.Equal(whole.IndexOf(needle, position), streamed.IndexOf(needle, position));
                    Assert.Equal(whole.LastIndexOf(needle, position), streamed.LastIndexOf(needle, position));
                    Assert.Equal(whole.StartsWith(position, needle), streamed.StartsWith(position, needle));
                }
            }

            Span<int> wholeLast = stackalloc int[Needles.Length];
            Span<int> streamedLast = stackalloc int[Needles.Length];
            whole.LastIndexOfEach(Needles, text.Length, wholeLast);
            streamed.LastIndexOfEach(Needles, text.Length, streamedLast);
            Assert.Equal(wholeLast.ToArray(), streamedLast.ToArray());
            Assert.Equal(whole.Count('\n'), streamed.Count('\n'));
            Assert.Equal(text, streamed.ToString(new TextSpan(0, text.Length)));
            Assert.Equal(text.AsSpan(text.Length / 3).ToString(), streamed.Read(TextSpan.FromBounds(text.Length / 3, text.Length), stackalloc char[8]).ToString());
        });
    }

    [Fact]
    public void Lines_and_columns_of_a_streamed_text_are_those_of_the_whole_text()
    {
        var text = "topology t\r\n\r\nnetwork lan {\n  cidr \"10.0.0.0/24\"\n}\nlast";
        var whole = SourceText.From(text, "t.topo");
        var streamed = Streamed(Write(text), blockShift: 3);
        streamed.Chars.ReleaseBefore(text.Length);

        Assert.Equal(whole.LineCount, streamed.LineCount);
        Assert.All(Enumerable.Range(0, text.Length + 1), offset => Assert.Equal(whole.GetLinePosition(offset), streamed.GetLinePosition(offset)));
        Assert.All(Enumerable.Range(0, whole.LineCount), line => Assert.Equal(whole.GetLineSpan(line), streamed.GetLineSpan(line)));
        Assert.Equal(text, streamed.Text);
    }

    [Fact]
    public void Only_a_large_file_all_of_ASCII_is_streamed()
    {
        var large = string.Concat(Enumerable.Repeat("network lan { cidr \"10.0.0.0/24\" }\n", 40_000));

        Assert.NotNull(SourceFile.Read(Write(large), streamLargeFiles: true).Text.Chars.Streamed);
        Assert.Null(SourceFile.Read(Write(large), streamLargeFiles: false).Text.Chars.Streamed);
        Assert.Null(SourceFile.Read(Write(large[..1000]), streamLargeFiles: true).Text.Chars.Streamed);
        var withAccent = large + "// caf\u00e9\n";
        var path = Path.Combine(TestTemp.NewFolder("streamed-"), "accent.topo");
        File.WriteAllText(path, withAccent);
        var (text, encoding) = SourceFile.Read(path, streamLargeFiles: true);
        Assert.Null(text.Chars.Streamed);
        Assert.Null(encoding);
        Assert.Equal(withAccent, text.Text);
    }

    [Fact]
    public void A_compile_of_a_streamed_file_holds_a_few_blocks_not_the_file()
    {
        var path = Write(TopologyGenerator.Generate(2_000));
        var text = Streamed(path, blockShift: 12);

        var compilation = TopoCompilation.Create(text, new TopoCompilationOptions { RecordReferences = false });

        Assert.Empty(compilation.GetDiagnostics());
        var streamed = text.Chars.Streamed!;
        Assert.True(streamed.BlockCount > 50, $"{streamed.BlockCount} blocks");
        Assert.InRange(streamed.MostBlocksHeld, 1, 8);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_streamed_file_compiles_to_the_diagnostics_and_excerpts_of_the_whole_file(string folder, string name)
    {
        var path = Path.Combine(RepositoryPaths.TestCases, folder, name + ".topo");
        var options = new TopoCompilationOptions { ProjectRoot = Path.GetDirectoryName(path), RecordReferences = false };

        var whole = Render(TopoCompilation.Create(SourceText.From(File.ReadAllText(path), path), options));
        var streamed = Render(TopoCompilation.Create(Streamed(path, blockShift: 5), options));

        Assert.Equal(whole, streamed);
    }

    [Fact]
    public void A_file_cut_short_after_it_was_opened_reads_as_NUL_past_its_new_end()
    {
        var path = Write(new string('a', 100) + "\n");
        var text = Streamed(path, blockShift: 4);
        Assert.Equal('a', text[0]);

        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.SetLength(40);
        }

        Assert.Equal('a', text[39]);
        Assert.Equal('\0', text[40]);
        Assert.Equal('\0', text[100]);
    }

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var folder in new[] { "syntax", "binding" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.TestCases, folder), "*.topo").Order(StringComparer.Ordinal))
            {
                cases.Add(folder, Path.GetFileNameWithoutExtension(file));
            }
        }

        return cases;
    }

    private static string Render(TopoCompilation compilation)
    {
        var writer = new StringWriter();
        new TerminalDiagnosticRenderer().Render(writer, compilation.GetDiagnostics());
        return writer.ToString();
    }
}
