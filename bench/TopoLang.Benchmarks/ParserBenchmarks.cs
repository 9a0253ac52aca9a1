using BenchmarkDotNet.Attributes;
using TopoLang.Benchmarks.CharLevel;
using TopoLang.Benchmarks.CharLevel.Tree;
using TopoLang.Generator;

namespace TopoLang.Benchmarks;

/// <summary>
/// The parser decision: (a) Pidgin over characters against (b) a hand tokenizer feeding
/// Pidgin token parsers, on the same generated text, each producing a tree with spans.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)]
[GcConcurrent(false)]
public class ParserBenchmarks
{
    private string _text = "";

    [Params(1000, 10000, 100000)]
    public int Guests { get; set; }

    [GlobalSetup]
    public void Setup() => _text = TopologyGenerator.Generate(Guests);

    [Benchmark]
    public CharSyntaxFile PidginOverCharacters() => PidginCharParser.Parse(_text);

    // ==== TokenizerPlusPidgin: the token-based parser's benchmark goes here ====
    // Owner: whoever lands the hand tokenizer + Pidgin token parsers in src/Compiler/Syntax.
    // Add it next to the one above, parsing the same `_text` into the compiler's syntax tree
    // through TopoLang.Compiler (this project already references it, and the compiler's
    // InternalsVisibleTo admits TopoLang.Benchmarks), for example:
    //
    //     [Benchmark]
    //     public object TokenizerPlusPidgin() => <the compiler's parse entry point>(_text);
    //
    // Return the tree so that the JIT cannot drop the work.
    // ==== end of the spot for TokenizerPlusPidgin ====
}
