using System;
using System.Collections.Generic;
using System.Linq;
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

    // Each kind's attributes, written once rather than for every node and edge of a fleet.
    private static readonly string[] NodeStyles = Enum.GetValues<GraphNodeKind>().Select(kind => Attributes(Style(kind))).ToArray();

    private static readonly string[] EdgeStyles = Enum.GetValues<GraphEdgeKind>().Select(kind => Attributes(Style(kind))).ToArray();

    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics)
    {
        yield return FileOf(TopologyGraphBuilder.Build(semantics.Model));
    }

    /// <summary>The DOT file of a graph already built (the graph target draws one graph twice).</summary>
    public static GeneratedFile FileOf(TopologyGraph graph) => GeneratedFile.FromText(ArtifactPaths.Graphviz(new TopologyName(graph.Name)), text => Draw(graph, text));

    private static void Draw(TopologyGraph graph, Utf8Builder dot)
    {
        dot.Append("// ").Append(CommentText.OneLine(graph.Name)).Append(": hosts and their domains, networks, clouds and deployments (TopoLang).\n");
        DotText.AppendId(dot.Append("digraph "), graph.Name).Append(" {\n");
        dot.Append(Indent).Append("graph [rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"11\"];\n");
        dot.Append(Indent).Append("node [fontname=\"Helvetica\", fontsize=\"10\"];\n");
        dot.Append(Indent).Append("edge [fontname=\"Helvetica\", fontsize=\"9\"];\n");
        foreach (var cluster in graph.Clusters)
        {
            // Graphviz draws a subgraph as a box only when its name starts with "cluster".
            DotText.AppendId(dot.Append(Indent).Append("subgraph "), cluster.Key).Append(" {\n");
            DotText.AppendLabel(dot.Append(Indent).Append(Indent).Append("label="), cluster.Title).Append(";\n");
            foreach (var node in cluster.Nodes)
            {
                Node(dot.Append(Indent).Append(Indent), node).Append('\n');
            }

            dot.Append(Indent).Append("}\n");
        }

        foreach (var node in graph.Nodes)
        {
            Node(dot.Append(Indent), node).Append('\n');
        }

        foreach (var edge in graph.Edges)
        {
            Edge(dot.Append(Indent), edge).Append('\n');
        }

        dot.Append("}\n");
    }

    // The label's lines are joined by a newline, which a label writes as `\n`.
    private static Utf8Builder Node(Utf8Builder dot, GraphNode node)
    {
        DotText.AppendId(dot, node.Key).Append(" [");
        var style = NodeStyles[(int)node.Kind];
        if (style.Length > 0)
        {
            dot.Append(style).Append(", ");
        }

        dot.Append("label=\"");
        for (var i = 0; i < node.Lines.Length; i++)
        {
            DotText.AppendLabelText(i == 0 ? dot : dot.Append("\\n"), node.Lines[i]);
        }

        return dot.Append("\"];");
    }

    private static Utf8Builder Edge(Utf8Builder dot, GraphEdge edge)
    {
        DotText.AppendId(DotText.AppendId(dot, edge.From).Append(" -> "), edge.To);
        var style = EdgeStyles[(int)edge.Kind];
        if (style.Length > 0 || edge.Label is not null)
        {
            dot.Append(" [").Append(style);
            if (edge.Label is { } label)
            {
                DotText.AppendLabel(dot.Append(style.Length > 0 ? ", " : string.Empty).Append("label="), label);
            }

            dot.Append(']');
        }

        return dot.Append(';');
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
