using System;
using System.Collections.Generic;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// Builds the text of an xl.cfg file line by line. Every string value goes through
/// <see cref="XlString"/>, and every comment line is cut at newlines, so no value can
/// break the file. Lines end with "\n"; the text ends with one. Each piece is appended where it
/// goes, straight into the file as the build writes it (a fleet has tens of thousands of these
/// files: a string per line was most of their cost).
/// </summary>
public sealed class XlConfigText
{
    private readonly Utf8Builder _text;

    /// <summary>Writes into the file's own text, as the build writes it (<see cref="GeneratedFile.FromText"/>).</summary>
    internal XlConfigText(Utf8Builder text) => _text = text;

    /// <summary>One or more `#` lines; callers quote free-form values with <see cref="XlString.Quote"/>.</summary>
    public XlConfigText Comment(string text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            CommentLine(end < 0 ? rest : rest[..end]);
            if (end < 0)
            {
                return this;
            }

            rest = rest[(end + 1)..];
        }
    }

    public XlConfigText Blank() => EndLine();

    public XlConfigText Set(string key, string value)
    {
        XlString.AppendQuoted(_text.Append(key).Append(" = "), value);
        return EndLine();
    }

    public XlConfigText Set(string key, long value)
    {
        _text.Append(key).Append(" = ").Append(value);
        return EndLine();
    }

    /// <summary>A list of strings: on one line when it holds one item, else one item a line.</summary>
    public XlConfigText SetList(string key, IReadOnlyList<string> items)
    {
        _text.Append(key).Append(" = [");
        if (items.Count == 1)
        {
            XlString.AppendQuoted(_text.Append(' '), items[0]).Append(" ]");
            return EndLine();
        }

        EndLine();
        foreach (var item in items)
        {
            XlString.AppendQuoted(_text.Append("    "), item).Append(',');
            EndLine();
        }

        _text.Append(']');
        return EndLine();
    }

    private XlConfigText EndLine()
    {
        _text.Append('\n');
        return this;
    }

    private void CommentLine(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            _text.Append('#').Append('\n');
            return;
        }

        _text.Append("# ");
        for (var cr = line.IndexOf('\r'); cr >= 0; cr = line.IndexOf('\r'))
        {
            _text.Append(line[..cr]).Append(' ');
            line = line[(cr + 1)..];
        }

        _text.Append(line).Append('\n');
    }
}
