using BenchmarkDotNet.Attributes;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Binding;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Emit.CSharp;
using TopoLang.Compiler.Semantics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.Compiler.Validation;
using TopoLang.Compiler;
using TopoLang.Generator;

namespace TopoLang.Benchmarks;

/// <summary>
/// Each stage of `topo check` alone and the whole, on the generated topologies: parse, bind
/// (parse + bind, minus parse, is the binder), validate (the rules over a bound model), emit C#.
/// Growth must be linear in the number of guests.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)]
[GcConcurrent(false)]
public class CompilationBenchmarks
{
    private SourceText _text = SourceText.From(string.Empty);
    private BindingResult _binding = null!;

    [Params(1000, 10000, 100000)]
    public int Guests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SourceText.From(TopologyGenerator.Generate(Guests), "generated.topo");
        _binding = GeneratedCompilation.Of(_text).Binding;
    }

    [Benchmark]
    public SyntaxTree Parse() => SyntaxTree.Parse(_text);

    /// <summary>Parse, bind and validate: what `topo check` does for one file.</summary>
    [Benchmark]
    public TopoCompilation Check() => TopoCompilation.Create(_text, new TopoCompilationOptions { FileSystem = new InMemoryFileSystem() });

    [Benchmark]
    public DiagnosticBag Validate()
    {
        // A new semantic model each time: the rules' shared analyses are part of what is measured.
        var diagnostics = new DiagnosticBag();
        RuleSet.Run(new TopologySemantics(_binding.Model, _binding.Symbols), diagnostics);
        return diagnostics;
    }

    [Benchmark]
    public string EmitCSharp() => CSharpEmitter.Emit(new TopologySemantics(_binding.Model, _binding.Symbols)).Text;
}
