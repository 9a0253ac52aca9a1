using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace TopoLang.Tests.Artifacts.Graph;

/// <summary>
/// A structural check of the Mermaid flowcharts we write, there being no Mermaid parser on
/// this machine: every line is a comment, the header, a subgraph, `end`, a node with a quoted
/// label in a matching shape, or an edge; every edge's ends are declared nodes; ids are
/// unique; subgraphs close; and no label holds a raw quote, markup other than `&lt;br/&gt;`,
/// a `#` that does not start an entity code, or a control character.
/// </summary>
public static partial class MermaidCheck
{
    /// <summary>Shapes as (open, close), longest opening first so that `[[` is not read as `[`.</summary>
    private static readonly (string Open, string Close)[] Shapes =
    {
        ("([", "])"), ("[[", "]]"), ("{{", "}}"), ("[/", "/]"), ("[\\", "/]"), ("[", "]"), ("(", ")"), (">", "]"),
    };

    public sealed record Result(IReadOnlyList<string> Problems, IReadOnlyList<(string Id, string Label)> Nodes);

    public static Result Check(string text)
    {
        var problems = new List<string>();
        var nodes = new List<(string Id, string Label)>();
        var edges = new List<(int Line, string From, string To)>();
        var open = 0;
        var sawHeader = false;
        var lines = text.Split('\n');
        if (lines[^1].Length != 0)
        {
            problems.Add("the file does not end with a newline");
        }

        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.StartsWith("%%", StringComparison.Ordinal))
            {
                continue;
            }

            if (!sawHeader)
            {
                sawHeader = line == "flowchart LR";
                if (!sawHeader)
                {
                    problems.Add($"line {number}: expected `flowchart LR` first, got `{line}`");
                }

                continue;
            }

            if (Subgraph().Match(line) is { Success: true } subgraph)
            {
                open++;
                CheckLabel(number, subgraph.Groups["label"].Value, problems);
            }
            else if (line == "end")
            {
                open--;
                if (open < 0)
                {
                    problems.Add($"line {number}: `end` closes no subgraph");
                }
            }
            else if (Edge().Match(line) is { Success: true } edge)
            {
                edges.Add((number, edge.Groups["from"].Value, edge.Groups["to"].Value));
                if (edge.Groups["label"].Success)
                {
                    CheckLabel(number, edge.Groups["label"].Value, problems);
                }
            }
            else if (Node(line) is { } node)
            {
                nodes.Add(node);
                CheckLabel(number, node.Label, problems);
            }
            else
            {
                problems.Add($"line {number}: not a statement of ours: `{line}`");
            }
        }

        if (open != 0)
        {
            problems.Add($"{open} subgraph(s) not closed");
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        problems.AddRange(nodes.Where(n => !declared.Add(n.Id)).Select(n => $"node {n.Id} declared twice"));
        problems.AddRange(edges.SelectMany(e => new[] { e.From, e.To }.Where(id => !declared.Contains(id)).Select(id => $"line {e.Line}: edge end {id} is not declared")));
        return new Result(problems, nodes);
    }

    /// <summary>The text a label shows: entity codes decoded, `&lt;br/&gt;` as a newline.</summary>
    public static string Decode(string label) =>
        Entity().Replace(label.Replace("<br/>", "\n", StringComparison.Ordinal), match => match.Groups[1].Value switch
        {
            "quot" => "\"",
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            var code => char.ConvertFromUtf32(int.Parse(code, CultureInfo.InvariantCulture)),
        });

    private static (string Id, string Label)? Node(string line)
    {
        var id = NodeId().Match(line);
        if (!id.Success)
        {
            return null;
        }

        var rest = line[id.Length..];
        foreach (var (open, close) in Shapes)
        {
            var start = open + "\"";
            var end = "\"" + close;
            if (rest.StartsWith(start, StringComparison.Ordinal) && rest.EndsWith(end, StringComparison.Ordinal) && rest.Length >= start.Length + end.Length)
            {
                var label = rest[start.Length..^end.Length];
                return label.Contains('"') ? null : (id.Value, label);
            }
        }

        return null;
    }

    private static void CheckLabel(int line, string label, List<string> problems)
    {
        var withoutBreaks = label.Replace("<br/>", string.Empty, StringComparison.Ordinal);
        if (withoutBreaks.IndexOfAny(new[] { '"', '<', '>', '`', '%' }) >= 0)
        {
            problems.Add($"line {line}: label holds an unescaped quote, markup, backtick or %: {label}");
        }

        if (Entity().Replace(withoutBreaks, string.Empty).Contains('#'))
        {
            problems.Add($"line {line}: label holds a `#` that starts no entity code: {label}");
        }

        if (label.Any(char.IsControl))
        {
            problems.Add($"line {line}: label holds a control character");
        }
    }

    [GeneratedRegex(@"^subgraph c\d+\[""(?<label>[^""]*)""\]$")]
    private static partial Regex Subgraph();

    [GeneratedRegex(@"^(?<from>n\d+) (-->|-\.->|==>)(\|""(?<label>[^""]*)""\|)? (?<to>n\d+)$")]
    private static partial Regex Edge();

    [GeneratedRegex(@"^n\d+")]
    private static partial Regex NodeId();

    [GeneratedRegex(@"#(quot|amp|lt|gt|\d+);")]
    private static partial Regex Entity();
}
