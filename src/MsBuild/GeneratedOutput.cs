namespace TopoLang.MsBuild;

/// <summary>A file a run wrote (or left unchanged): its full path, what it is and which topology it belongs to.</summary>
internal sealed record GeneratedOutput(string FullPath, GeneratedOutputKind Kind, string Topology);

internal enum GeneratedOutputKind
{
    /// <summary>The `&lt;Name&gt;Topology.g.cs` compiled into the assembly.</summary>
    Code,

    /// <summary>The plan, libvirt XML, xl.cfg, Heat, CloudStack, DOT and Mermaid files.</summary>
    Artifact,

    /// <summary>The `.topo-manifest` of a topology's artifact folder.</summary>
    Manifest,
}
