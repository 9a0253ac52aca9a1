using System.Collections.Immutable;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>
/// The topology as a drawing sees it, independent of the drawing language: nodes with the
/// lines of their label, edges between node keys, and one cluster per host holding its
/// domains. Keys (`host:kvm-01`, `guest:kvm-01/web-1`) are unique and stable; the renderers
/// turn them into DOT ids or Mermaid's generated ones. Everything is in model order.
/// </summary>
public sealed record TopologyGraph(
    string Name,
    ImmutableArray<GraphCluster> Clusters,
    ImmutableArray<GraphNode> Nodes,
    ImmutableArray<GraphEdge> Edges);

public enum GraphNodeKind { Host, Guest, DomU, Dom0, DriverDomain, Network, Cloud, Deployment, Instance }

/// <summary>A node; <see cref="Lines"/> is its label, one entry a line (an entry may hold a newline of its own).</summary>
public sealed record GraphNode(string Key, GraphNodeKind Kind, ImmutableArray<string> Lines);

public enum GraphEdgeKind { Nic, Backend, Nested, Compute, Cloud, Instance, InstanceNetwork }

public sealed record GraphEdge(string From, string To, GraphEdgeKind Kind, string? Label = null);

/// <summary>A host and the domains on it, drawn as a box around them.</summary>
public sealed record GraphCluster(string Key, string Title, ImmutableArray<GraphNode> Nodes);
