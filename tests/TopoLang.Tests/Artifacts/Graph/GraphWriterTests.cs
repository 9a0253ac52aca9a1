using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets.Graph;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;
using TopoLang.Tests.Artifacts.CloudStack;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Graph;

/// <summary>
/// The topology as Graphviz DOT and Mermaid: DOT accepted by Graphviz (`nop`, and `dot -Tsvg`
/// for the example and the hostile topology, whose drawn labels must show the exact values),
/// Mermaid structurally sound, golden for the example, deterministic.
/// </summary>
public sealed class GraphWriterTests
{
    private static readonly TimeSpan DotTimeout = TimeSpan.FromSeconds(60);

    public static IEnumerable<object[]> Inputs() => RepositoryTopologies.ValidRows();

    [SkippableTheory]
    [MemberData(nameof(Inputs))]
    public void Every_dot_file_passes_graphviz_nop(string path)
    {
        var compilation = RepositoryTopologies.Compile(path);

        AssertNopAccepts(Dot(compilation.Semantics));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_mermaid_file_is_well_formed(string path)
    {
        var compilation = RepositoryTopologies.Compile(path);

        var result = MermaidCheck.Check(Mermaid(compilation.Semantics).Text);

        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
    }

    [SkippableFact]
    public void Example_renders_with_dot_in_time()
    {
        var semantics = RepositoryTopologies.Compile(RepositoryTopologies.Datacenter).Semantics;

        var labels = RenderedLabels(Dot(semantics));

        Assert.Equal(Expected(semantics.Model), labels);
    }

    [Fact]
    public void Example_matches_the_golden_files()
    {
        var semantics = RepositoryTopologies.Compile(RepositoryTopologies.Datacenter).Semantics;
        var folder = Path.Combine(RepositoryPaths.TestCases, "artifacts", "graph");

        foreach (var file in Files(semantics))
        {
            Golden.AssertMatches(Path.Combine(folder, file.RelativePath), file.Text);
        }
    }

    [Fact]
    public void Example_draws_every_part_of_the_topology()
    {
        var model = RepositoryTopologies.Compile(RepositoryTopologies.Datacenter).Model;
        var graph = TopologyGraphBuilder.Build(model);

        Assert.Equal(model.Hosts.Select(h => "host " + h.Name.Value), graph.Clusters.Select(c => c.Title));
        var kinds = graph.Clusters.SelectMany(c => c.Nodes).Concat(graph.Nodes).GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(4, kinds[GraphNodeKind.Host]);
        Assert.Equal(6, kinds[GraphNodeKind.Guest]);
        Assert.Equal(4, kinds[GraphNodeKind.DomU]);
        Assert.Equal(1, kinds[GraphNodeKind.Dom0]);
        Assert.Equal(1, kinds[GraphNodeKind.DriverDomain]);
        Assert.Equal(model.Networks.Length, kinds[GraphNodeKind.Network]);
        Assert.Equal(model.Clouds.Length, kinds[GraphNodeKind.Cloud]);
        Assert.Equal(model.Deployments.Length, kinds[GraphNodeKind.Deployment]);
        Assert.Equal(model.Deployments.Sum(d => d.Instances.Length), kinds[GraphNodeKind.Instance]);
        Assert.Equal(model.HostedGuests.Sum(g => g.Guest.Nics.Length), graph.Edges.Count(e => e.Kind == GraphEdgeKind.Nic));
        Assert.Equal(2, graph.Edges.Count(e => e.Kind == GraphEdgeKind.Compute));
        Assert.Contains(graph.Edges, e => e is { From: "guest:xen-01/edge-fw", To: "domain:xen-01/netdd", Kind: GraphEdgeKind.Backend });
    }

    [Fact]
    public void Nested_guests_are_drawn_inside_their_host_with_an_edge_from_their_guest()
    {
        var model = RepositoryTopologies.Compile("tests/TopoLang.Tests/Cases/binding/near-miss-every-entry.topo").Model;
        var graph = TopologyGraphBuilder.Build(model);

        var cluster = graph.Clusters.Single(c => c.Title == "host kvm-a");
        Assert.Contains(cluster.Nodes, n => n.Key == "guest:kvm-a/builder/inner");
        Assert.Contains(graph.Edges, e => e is { From: "guest:kvm-a/builder", To: "guest:kvm-a/builder/inner", Kind: GraphEdgeKind.Nested });
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        var first = Files(RepositoryTopologies.Compile(RepositoryTopologies.Datacenter).Semantics);
        var second = Files(RepositoryTopologies.Compile(RepositoryTopologies.Datacenter).Semantics);

        Assert.Equal(first, second);
        Assert.All(first, file => Assert.EndsWith("\n", file.Text, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Hostile_strings_are_drawn_exactly_and_break_neither_file()
    {
        var compilation = HostileTopology.Compile();
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.GetDiagnostics().Select(d => d.Message)));
        AssertNopAccepts(Dot(compilation.Semantics));
        var expected = Expected(compilation.Model);
        Assert.Equal(expected, RenderedLabels(Dot(compilation.Semantics)));
        Assert.Contains(Visible(HostileTopology.CpuModel), expected["host:h1"], StringComparison.Ordinal);
        Assert.Contains(Visible(HostileTopology.Version), expected["host:x1"], StringComparison.Ordinal);
        Assert.Contains(Visible(HostileTopology.Distro), expected["guest:h1/g1"], StringComparison.Ordinal);
        Assert.Contains(Visible(HostileTopology.Region), expected["cloud:cs"], StringComparison.Ordinal);
        Assert.Contains(Visible(HostileTopology.Image), expected["instance:shop/web"], StringComparison.Ordinal);

        var mermaid = MermaidCheck.Check(Mermaid(compilation.Semantics).Text);
        Assert.True(mermaid.Problems.Count == 0, string.Join("\n", mermaid.Problems));
        Assert.Equal(expected.Values, mermaid.Nodes.Select(n => MermaidCheck.Decode(n.Label)));
    }

    [Fact]
    public void Text_in_labels_never_reads_as_a_placeholder_of_the_plan()
    {
        var files = Files(HostileTopology.Compile().Semantics);

        Assert.Empty(WrittenPlaceholders.Find(files.Select(f => f.Text)));
    }

    [Theory]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("&lt; ${x}", "\"&amp;lt; &#36;{x}\"")]
    [InlineData("tab\there", "\"tab\\\\u{9}here\"")]
    public void Dot_labels_are_escaped(string text, string quoted)
    {
        Assert.Equal(quoted, DotText.Label(text));
    }

    [Theory]
    [InlineData("a\"b", "a#quot;b")]
    [InlineData("#quot; & <b> `x` 50% ; ${x}", "#35;quot#59; #38; #60;b#62; #96;x#96; 50#37; #59; #36;{x}")]
    [InlineData("two\nlines", "two<br/>lines")]
    public void Mermaid_labels_are_escaped_and_decode_back(string text, string label)
    {
        Assert.Equal(label, MermaidText.Label(text));
        Assert.Equal(text, MermaidCheck.Decode(label));
    }

    private static GeneratedFile Dot(TopologySemantics semantics) => new GraphvizWriter().Write(semantics).Single();

    private static GeneratedFile Mermaid(TopologySemantics semantics) => new MermaidWriter().Write(semantics).Single();

    private static List<GeneratedFile> Files(TopologySemantics semantics) => new[] { Dot(semantics), Mermaid(semantics) }.ToList();

    /// <summary>Each node's label as it should be drawn, keyed by its DOT id, in drawing order.</summary>
    private static Dictionary<string, string> Expected(TopologyModel model)
    {
        var graph = TopologyGraphBuilder.Build(model);
        return graph.Clusters.SelectMany(c => c.Nodes).Concat(graph.Nodes)
            .ToDictionary(n => n.Key, n => Visible(string.Join("\n", n.Lines)));
    }

    /// <summary>Control characters other than a newline are drawn as `\u{X}`.</summary>
    private static string Visible(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c != '\n' && char.IsControl(c) ? $"\\u{{{(int)c:X}}}" : c.ToString());
        }

        return builder.ToString();
    }

    private static void AssertNopAccepts(GeneratedFile file)
    {
        var path = ValidTopologies.WriteToTemp(new[] { file }).Single();
        var result = ExternalTool.Run(TestTools.GraphvizNop, path);
        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, $"nop rejected {file.RelativePath}:\n{result.Error}\n{file.Text}");
    }

    private static IReadOnlyDictionary<string, string> RenderedLabels(GeneratedFile file)
    {
        var path = ValidTopologies.WriteToTemp(new[] { file }).Single();
        var result = ExternalTool.Run(DotTimeout, TestTools.GraphvizDot, "-Tsvg", path);
        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, $"dot -Tsvg failed on {file.RelativePath}:\n{result.Error}");
        return SvgText.NodeLabels(result.Out);
    }
}
