using System.Collections.Immutable;
using TopoLang.Compiler.Emit;

namespace TopoLang.Compiler.Hosting;

/// <summary>The files of one topology, ready to write: its C# model and its artifacts (plan, libvirt, Xen, Heat, CloudStack, graphs).</summary>
/// <param name="Name">The topology's name, which names its folder of artifacts.</param>
/// <param name="Result">What the compiler emitted, by kind.</param>
public sealed record EmittedTopology(string Name, EmitResult Result)
{
    /// <summary>Every file, in the order a build writes them.</summary>
    public ImmutableArray<GeneratedFile> Files => Result.All;

    /// <summary>The `&lt;Name&gt;Topology.g.cs`.</summary>
    public GeneratedFile Code => Result.Code;

    /// <summary>Every file but the C#.</summary>
    public ImmutableArray<GeneratedFile> Artifacts => Result.Artifacts;
}
