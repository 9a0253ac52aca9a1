using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>
/// The topology as a Mermaid flowchart (docs/language.md, "What `topo build` writes"): a subgraph per host with its
/// domains, then networks, clouds, deployments and instances. Node ids are generated (`n1`,
/// `n2`, ...) in drawing order, subgraph ids likewise (`c1`, ...); names appear only in quoted,
/// escaped labels, so no name can be read as Mermaid syntax.
/// </summary>
public sealed class MermaidWriter : IArtifactWriter
{
    private const string Indent = "  ";

    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics)
    {
        yield return FileOf(TopologyGraphBuilder.Build(semantics.Model));
    }

    /// <summary>The Mermaid file of a graph already built (the graph target draws one graph twice).</summary>
    public static GeneratedFile FileOf(TopologyGraph graph) => GeneratedFile.FromText(ArtifactPaths.Mermaid(new TopologyName(graph.Name)), text => Draw(graph, text));

    private static void Draw(TopologyGraph graph, Utf8Builder text)
    {
        var ids = NodeIds(graph);
        text.Append("%% ").Append(CommentText.OneLine(graph.Name)).Append(": hosts and their domains, networks, clouds and deployments (TopoLang).\n");
        text.Append("flowchart LR\n");
        for (var i = 0; i < graph.Clusters.Length; i++)
        {
            var cluster = graph.Clusters[i];
            text.Append(Indent).Append("subgraph c").Append(i + 1).Append("[\"");
            MermaidText.AppendLabel(text, cluster.Title).Append("\"]\n");
            foreach (var node in cluster.Nodes)
            {
                Node(text.Append(Indent).Append(Indent), ids[node.Key], node).Append('\n');
            }

            text.Append(Indent).Append("end\n");
        }

        foreach (var node in graph.Nodes)
        {
            Node(text.Append(Indent), ids[node.Key], node).Append('\n');
        }

        foreach (var edge in graph.Edges)
        {
            Edge(text.Append(Indent), ids, edge).Append('\n');
        }

    }

    /// <summary>The number of each node's id (`n1`, `n2`, ...), in the order the nodes are drawn.</summary>
    private static Dictionary<string, int> NodeIds(TopologyGraph graph)
    {
        // Sized once: a fleet's drawing has a node per guest.
        var ids = new Dictionary<string, int>(graph.Clusters.Sum(cluster => cluster.Nodes.Length) + graph.Nodes.Length, System.StringComparer.Ordinal);
        foreach (var node in graph.Clusters.SelectMany(cluster => cluster.Nodes).Concat(graph.Nodes))
        {
            ids.Add(node.Key, ids.Count + 1);
        }

        return ids;
    }

    private static Utf8Builder Id(Utf8Builder text, int number) => text.Append('n').Append(number);

    private static Utf8Builder Node(Utf8Builder text, int id, GraphNode node)
    {
        var (open, close) = Shape(node.Kind);
        Id(text, id).Append(open).Append('"');
        for (var i = 0; i < node.Lines.Length; i++)
        {
            MermaidText.AppendLabel(i == 0 ? text : text.Append(MermaidText.LineBreak), node.Lines[i]);
        }

        return text.Append('"').Append(close);
    }

    private static Utf8Builder Edge(Utf8Builder text, IReadOnlyDictionary<string, int> ids, GraphEdge edge)
    {
        var arrow = edge.Kind switch
        {
            GraphEdgeKind.Backend or GraphEdgeKind.Compute or GraphEdgeKind.InstanceNetwork => "-.->",
            GraphEdgeKind.Nested => "==>",
            _ => "-->",
        };
        Id(text, ids[edge.From]).Append(' ').Append(arrow);
        if (edge.Label is { } label)
        {
            MermaidText.AppendLabel(text.Append("|\""), label).Append("\"|");
        }

        return Id(text.Append(' '), ids[edge.To]);
    }

    private static (string Open, string Close) Shape(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Host => ("[", "]"),
        GraphNodeKind.Guest => ("(", ")"),
        GraphNodeKind.DomU => ("([", "])"),
        GraphNodeKind.Dom0 or GraphNodeKind.DriverDomain => ("[[", "]]"),
        GraphNodeKind.Network => ("{{", "}}"),
        GraphNodeKind.Cloud => (">", "]"),
        GraphNodeKind.Deployment => ("[/", "/]"),
        _ => ("[\\", "/]"),
    };
}
