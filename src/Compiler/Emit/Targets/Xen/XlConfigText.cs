using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// Builds the text of an xl.cfg file line by line. Every string value goes through
/// <see cref="XlString.Quote"/>, and every comment line is cut at newlines, so no value can
/// break the file. Lines end with "\n"; the text ends with one.
/// </summary>
public sealed class XlConfigText
{
    private readonly StringBuilder _text = new();

    /// <summary>One or more `#` lines; callers quote free-form values with <see cref="XlString.Quote"/>.</summary>
    public XlConfigText Comment(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            _text.Append(line.Length == 0 ? "#" : "# " + line.Replace('\r', ' ')).Append('\n');
        }

        return this;
    }

    public XlConfigText Blank()
    {
        _text.Append('\n');
        return this;
    }

    public XlConfigText Set(string key, string value) => Line(key + " = " + XlString.Quote(value));

    public XlConfigText Set(string key, long value) => Line(key + " = " + value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A list of strings: on one line when it holds one item, else one item a line.</summary>
    public XlConfigText SetList(string key, IReadOnlyList<string> items)
    {
        if (items.Count == 1)
        {
            return Line(key + " = [ " + XlString.Quote(items[0]) + " ]");
        }

        Line(key + " = [");
        foreach (var item in items)
        {
            Line("    " + XlString.Quote(item) + ",");
        }

        return Line("]");
    }

    public override string ToString() => _text.ToString();

    private XlConfigText Line(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }
}
