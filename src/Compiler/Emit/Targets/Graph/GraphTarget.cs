using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>The topology drawn as Graphviz DOT and Mermaid: files to read, nothing to deploy.</summary>
public sealed class GraphTarget : ITarget
{
    public TargetKind Kind => TargetKind.Graph;

    /// <summary>Both drawings of one graph: a fleet's graph has a node per guest, built once.</summary>
    public IEnumerable<TargetFile> Write(TopologySemantics semantics)
    {
        var graph = TopologyGraphBuilder.Build(semantics.Model);
        return new[] { GraphvizWriter.FileOf(graph), MermaidWriter.FileOf(graph) }.Select(file => new TargetFile(file, ImmutableArray<Placeholder>.Empty));
    }
}
