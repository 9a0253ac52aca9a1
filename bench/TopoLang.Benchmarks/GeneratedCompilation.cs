using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Text;

namespace TopoLang.Benchmarks;

/// <summary>A generated topology compiled as the benchmarks need it: in memory, and clean, or a benchmark would time a failure.</summary>
internal static class GeneratedCompilation
{
    public static TopoCompilation Of(SourceText text)
    {
        var compilation = TopoCompilation.Create(text, new TopoCompilationOptions { FileSystem = new InMemoryFileSystem() });
        if (compilation.GetDiagnostics().Any())
        {
            throw new System.InvalidOperationException("The generated topology is not clean: " + compilation.GetDiagnostics()[0].Message);
        }

        return compilation;
    }
}
