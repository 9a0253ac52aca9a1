using System.Collections.Generic;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>
/// The topology as Graphviz DOT (docs/language.md, "What `topo build` writes"): a cluster per host with its domains, then
/// networks, clouds, deployments and instances, and the edges between them. Every id and
/// attribute value is a quoted, escaped string.
/// </summary>
public sealed class GraphvizWriter : IArtifactWriter
{
    private const string Indent = "  ";

    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics)
    {
        yield return FileOf(TopologyGraphBuilder.Build(semantics.Model));
    }

    /// <summary>The DOT file of a graph already built (the graph target draws one graph twice).</summary>
    public static GeneratedFile FileOf(TopologyGraph graph) => new(ArtifactPaths.Graphviz(new TopologyName(graph.Name)), Render(graph));

    public static string Render(TopologyGraph graph)
    {
        var dot = new StringBuilder();
        dot.Append("// ").Append(CommentText.OneLine(graph.Name)).Append(": hosts and their domains, networks, clouds and deployments (TopoLang).\n");
        dot.Append("digraph ").Append(DotText.Id(graph.Name)).Append(" {\n");
        dot.Append(Indent).Append("graph [rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"11\"];\n");
        dot.Append(Indent).Append("node [fontname=\"Helvetica\", fontsize=\"10\"];\n");
        dot.Append(Indent).Append("edge [fontname=\"Helvetica\", fontsize=\"9\"];\n");
        foreach (var cluster in graph.Clusters)
        {
            // Graphviz draws a subgraph as a box only when its name starts with "cluster".
            dot.Append(Indent).Append("subgraph ").Append(DotText.Id(cluster.Key)).Append(" {\n");
            dot.Append(Indent).Append(Indent).Append("label=").Append(DotText.Label(cluster.Title)).Append(";\n");
            foreach (var node in cluster.Nodes)
            {
                dot.Append(Indent).Append(Indent).Append(Node(node)).Append('\n');
            }

            dot.Append(Indent).Append("}\n");
        }

        foreach (var node in graph.Nodes)
        {
            dot.Append(Indent).Append(Node(node)).Append('\n');
        }

        foreach (var edge in graph.Edges)
        {
            dot.Append(Indent).Append(Edge(edge)).Append('\n');
        }

        return dot.Append("}\n").ToString();
    }

    private static string Node(GraphNode node) =>
        DotText.Id(node.Key) + " [" + Attributes(Style(node.Kind).Append(("label", DotText.Label(string.Join("\n", node.Lines))))) + "];";

    private static string Edge(GraphEdge edge)
    {
        var attributes = Style(edge.Kind);
        if (edge.Label is { } label)
        {
            attributes = attributes.Append(("label", DotText.Label(label)));
        }

        var list = attributes.ToList();
        return DotText.Id(edge.From) + " -> " + DotText.Id(edge.To) + (list.Count == 0 ? string.Empty : " [" + Attributes(list) + "]") + ";";
    }

    private static string Attributes(IEnumerable<(string Name, string Value)> attributes) =>
        string.Join(", ", attributes.Select(a => a.Name + "=" + a.Value));

    private static IEnumerable<(string, string)> Style(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Host => Quoted(("shape", "box3d"), ("style", "filled"), ("fillcolor", "#e8eef7")),
        GraphNodeKind.Guest => Quoted(("shape", "box"), ("style", "rounded")),
        GraphNodeKind.DomU => Quoted(("shape", "box"), ("style", "rounded,filled"), ("fillcolor", "#fff4d6")),
        GraphNodeKind.Dom0 or GraphNodeKind.DriverDomain => Quoted(("shape", "component"), ("style", "filled"), ("fillcolor", "#fbe3e3")),
        GraphNodeKind.Network => Quoted(("shape", "hexagon"), ("style", "filled"), ("fillcolor", "#e3f4e3")),
        GraphNodeKind.Cloud => Quoted(("shape", "ellipse"), ("style", "filled"), ("fillcolor", "#dcebfa")),
        GraphNodeKind.Deployment => Quoted(("shape", "folder")),
        _ => Quoted(("shape", "box"), ("style", "rounded,dashed")),
    };

    private static IEnumerable<(string, string)> Style(GraphEdgeKind kind) => kind switch
    {
        GraphEdgeKind.Backend => Quoted(("style", "dashed"), ("color", "#b03030")),
        GraphEdgeKind.Nested => Quoted(("style", "bold")),
        GraphEdgeKind.Compute => Quoted(("style", "dashed"), ("color", "#2060a0")),
        GraphEdgeKind.InstanceNetwork => Quoted(("style", "dotted")),
        _ => Enumerable.Empty<(string, string)>(),
    };

    private static IEnumerable<(string, string)> Quoted(params (string Name, string Value)[] attributes) =>
        attributes.Select(a => (a.Name, DotText.Id(a.Value)));
}
