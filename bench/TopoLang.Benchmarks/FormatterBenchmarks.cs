using BenchmarkDotNet.Attributes;
using TopoLang.Compiler.Formatting;
using TopoLang.Compiler.Text;
using TopoLang.Generator;

namespace TopoLang.Benchmarks;

/// <summary>
/// `topo fmt` on the generated topologies, without the file I/O: the parse that rules out
/// syntax errors, the layout, and the check that the tokens did not change. The generated text
/// is not in the canonical layout (its short blocks are spread over lines), so every run writes
/// a new text. Target: the 100,000-guest file in under a second.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)]
[GcConcurrent(false)]
public class FormatterBenchmarks
{
    private SourceText _text = SourceText.From(string.Empty);

    [Params(1000, 10000, 100000)]
    public int Guests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SourceText.From(TopologyGenerator.Generate(Guests), "generated.topo");
        if (!TopoFormatter.Format(_text).Changes)
        {
            throw new System.InvalidOperationException("The generated topology is already formatted: the benchmark would time no rewrite.");
        }
    }

    [Benchmark]
    public FormatResult Format() => TopoFormatter.Format(_text);
}
