using System.IO;
using System.Linq;
using System;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Emit.CSharp;
using TopoLang.Compiler.Semantics;
using TopoLang.Compiler.Text;
using TopoLang.Compiler;
using TopoLang.Generator;

namespace TopoLang.Benchmarks;

/// <summary>
/// What the generated model costs a user's build: emitting the C# of a topology, and compiling
/// that C# with Roslyn against TopoLang.Runtime, as `dotnet build` does.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)]
[GcConcurrent(false)]
public class GeneratedCodeBenchmarks
{
    private TopoCompilation _compilation = null!;
    private string _code = string.Empty;
    private MetadataReference[] _references = Array.Empty<MetadataReference>();

    [Params(1000, 10000, 100000)]
    public int Guests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = SourceText.From(TopologyGenerator.Generate(Guests), "generated.topo");
        _compilation = TopoCompilation.Create(text, new TopoCompilationOptions { FileSystem = new InMemoryFileSystem() });
        _code = CSharpEmitter.Emit(_compilation.Semantics).Text;
        _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(TopoLang.Runtime.Topology).Assembly.Location))
            .ToArray();
    }

    [Benchmark]
    public string EmitCSharp() => CSharpEmitter.Emit(new TopologySemantics(_compilation.Model, _compilation.Binding.Symbols)).Text;

    [Benchmark]
    public bool CompileGeneratedCSharp()
    {
        var tree = CSharpSyntaxTree.ParseText(_code, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Generated", new[] { tree }, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        return compilation.Emit(stream).Success;
    }
}
