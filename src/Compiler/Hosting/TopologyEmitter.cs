namespace TopoLang.Compiler.Hosting;

/// <summary>Emits a topology for the hosts (the CLI's `build`, the MSBuild task).</summary>
public static class TopologyEmitter
{
    /// <param name="compilation">A compilation without errors.</param>
    /// <param name="codeDirectory">Where the C# will be written (plans name the source files relative to it).</param>
    /// <param name="artifactsDirectory">Where the topology's artifacts will be written.</param>
    public static EmittedTopology Emit(TopoCompilation compilation, string codeDirectory, string artifactsDirectory) =>
        new(compilation.Model.Name, compilation.Emit(codeDirectory, artifactsDirectory));
}
