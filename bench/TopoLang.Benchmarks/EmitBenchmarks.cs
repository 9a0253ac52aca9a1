using BenchmarkDotNet.Attributes;
using TopoLang.Compiler;
using TopoLang.Compiler.Text;
using TopoLang.Generator;

namespace TopoLang.Benchmarks;

/// <summary>
/// Everything `topo build` makes of a checked topology, in memory: every target's files, the
/// plan and plan.json, the C# model and the Ansible files, each file's bytes made as a build
/// makes them to write them, through one reused buffer (writing them is `--build-stages`'s last
/// line). A compilation keeps the target files it wrote, so each iteration gets a new one.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)]
[GcConcurrent(false)]
public class EmitBenchmarks
{
    private SourceText _text = SourceText.From(string.Empty);
    private TopoCompilation _compilation = null!;

    [Params(1000, 10000, 100000)]
    public int Guests { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SourceText.From(TopologyGenerator.Generate(Guests), "generated.topo");

    [IterationSetup]
    public void Check() => _compilation = GeneratedCompilation.Of(_text);

    [Benchmark]
    public long EmitEverything()
    {
        var output = new DiscardingOutput();
        foreach (var file in _compilation.Emit().All)
        {
            file.WriteTo(output);
        }

        return output.Length;
    }
}
