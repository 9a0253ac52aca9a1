using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler;

/// <summary>
/// The one entry point of the compiler: an entry file (one topology) and options in; syntax
/// trees and diagnostics out. The CLI, the MSBuild task, the tests and the benchmarks all go
/// through it.
/// </summary>
public sealed class TopoCompilation
{
    private readonly ImmutableArray<Diagnostic> _sourceDiagnostics;
    private ImmutableArray<Diagnostic> _diagnostics;

    private TopoCompilation(SyntaxTree entry, TopoCompilationOptions options, ImmutableArray<Diagnostic> sourceDiagnostics)
    {
        SyntaxTree = entry;
        Options = options;
        _sourceDiagnostics = sourceDiagnostics;
    }

    public TopoCompilationOptions Options { get; }

    /// <summary>The entry file's tree.</summary>
    public SyntaxTree SyntaxTree { get; }

    public ImmutableArray<SyntaxTree> SyntaxTrees => ImmutableArray.Create(SyntaxTree);

    public static TopoCompilation Create(SourceText entry, TopoCompilationOptions? options = null) =>
        new(SyntaxTree.Parse(entry), options ?? TopoCompilationOptions.Default, ImmutableArray<Diagnostic>.Empty);

    /// <summary>Reads and compiles a file; a file that is not UTF-8 still compiles, with a TOPO0001.</summary>
    public static TopoCompilation FromFile(string path, TopoCompilationOptions? options = null)
    {
        var (text, encoding) = SourceFile.Read(path);
        var extra = encoding is null ? ImmutableArray<Diagnostic>.Empty : ImmutableArray.Create(encoding);
        return new(SyntaxTree.Parse(text), options ?? TopoCompilationOptions.Default, extra);
    }

    /// <summary>Every diagnostic of every stage, ordered by file, position and code.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics()
    {
        if (_diagnostics.IsDefault)
        {
            var all = _sourceDiagnostics.AddRange(SyntaxTrees.SelectMany(tree => tree.Diagnostics));
            _diagnostics = all.Sort(DiagnosticOrder.Instance);
        }

        return _diagnostics;
    }

    public bool HasErrors => GetDiagnostics().Any(diagnostic => diagnostic.IsError);
}
