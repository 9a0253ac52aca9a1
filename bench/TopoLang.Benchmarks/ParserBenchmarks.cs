using System;
using BenchmarkDotNet.Attributes;
using TopoLang.Benchmarks.CharLevel;
using TopoLang.Benchmarks.CharLevel.Tree;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
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

    /// <summary>The compiler's front end: the hand tokenizer, then Pidgin parsers over the tokens.</summary>
    [Benchmark]
    public SyntaxTree TokenizerPlusPidgin() => SyntaxTree.Parse(SourceText.From(_text));

    /// <summary>The tokenizer alone, to see what share of the front end it is.</summary>
    [Benchmark]
    public ArraySegment<SyntaxToken> TokenizerAlone() => new Lexer(SourceText.From(_text), new DiagnosticBag()).Tokenize();
}
