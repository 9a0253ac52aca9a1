using System.Collections.Generic;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>The topology drawn as Graphviz DOT and Mermaid: files to read, nothing to deploy.</summary>
public sealed class GraphTarget : ITarget
{
    public TargetKind Kind => TargetKind.Graph;

    public IEnumerable<TargetFile> Write(TopologySemantics semantics) => TargetFile.WithoutPlaceholders(semantics, new GraphvizWriter(), new MermaidWriter());
}
