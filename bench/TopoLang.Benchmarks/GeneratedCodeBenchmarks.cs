using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Emit.CSharp;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;
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
    private TopologyModel _model = null!;
    private string _code = string.Empty;
    private MetadataReference[] _references = Array.Empty<MetadataReference>();

    [Params(1000, 10000)]
    public int Guests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = SourceText.From(TopologyGenerator.Generate(Guests), "generated.topo");
        _model = TopoCompilation.Create(text, new TopoCompilationOptions { FileSystem = new InMemoryFileSystem() }).Model;
        _code = CSharpEmitter.Emit(_model).Text;
        _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(TopoLang.Runtime.Topology).Assembly.Location))
            .ToArray();
    }

    [Benchmark]
    public string EmitCSharp() => CSharpEmitter.Emit(_model).Text;

    [Benchmark]
    public bool CompileGeneratedCSharp()
    {
        var tree = CSharpSyntaxTree.ParseText(_code, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Generated", new[] { tree }, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        return compilation.Emit(stream).Success;
    }
}
