using System;
using System.Linq;

namespace TopoLang.Compiler.Hosting;

/// <summary>The one place the hosts read what <see cref="TopoCompilation.Emit"/> returns.</summary>
public static class TopologyEmitter
{
    /// <param name="compilation">A compilation without errors.</param>
    /// <param name="codeDirectory">Where the C# will be written (plans name the source files relative to it).</param>
    /// <param name="artifactsDirectory">Where the topology's artifacts will be written.</param>
    public static EmittedTopology Emit(TopoCompilation compilation, string codeDirectory, string artifactsDirectory)
    {
        var files = compilation.Emit(codeDirectory, artifactsDirectory);
        var code = files.First(f => f.RelativePath.EndsWith(".g.cs", StringComparison.Ordinal));
        return new EmittedTopology(compilation.Model.Name, files, code);
    }
}
