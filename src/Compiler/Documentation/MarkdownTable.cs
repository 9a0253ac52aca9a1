using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TopoLang.Compiler.Documentation;

/// <summary>A GitHub-flavoured Markdown table; a `|` inside a cell is escaped so that it stays in its cell.</summary>
internal sealed class MarkdownTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public MarkdownTable(params string[] headers)
    {
        _headers = headers;
    }

    public MarkdownTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder output)
    {
        WriteRow(output, _headers);
        WriteRow(output, _headers.Select(_ => "---").ToArray());
        foreach (var row in _rows)
        {
            WriteRow(output, row);
        }

        output.Append('\n');
    }

    private static void WriteRow(StringBuilder output, IEnumerable<string> cells) =>
        output.Append("| ").Append(string.Join(" | ", cells.Select(Escape))).Append(" |\n");

    private static string Escape(string cell) => cell.Replace("|", "\\|").Replace("\n", " ");
}
