using System.Collections.Immutable;
using TopoLang.Compiler.Emit;

namespace TopoLang.Compiler.Hosting;

/// <summary>The files of one topology, ready to write: its C# model and its artifacts (plan, libvirt, Xen, Heat, CloudStack, graphs).</summary>
/// <param name="Name">The topology's name, which names its folder of artifacts.</param>
/// <param name="Files">Every file, in the order the compiler made them.</param>
/// <param name="Code">The `&lt;Name&gt;Topology.g.cs` among them.</param>
public sealed record EmittedTopology(string Name, ImmutableArray<GeneratedFile> Files, GeneratedFile Code)
{
    /// <summary>Every file but the C#.</summary>
    public ImmutableArray<GeneratedFile> Artifacts => Files.Remove(Code);
}
