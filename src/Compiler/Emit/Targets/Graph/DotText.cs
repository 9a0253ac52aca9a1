using System.Globalization;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>
/// Quoted DOT strings. Ids escape `\` and `"`. Labels also become Graphviz escape strings: a
/// newline is the line break `\n`, a backslash must not start `\N`, `\l` and the like, other
/// control characters are shown as `\u{X}`, and `&amp;` keeps Graphviz from reading an
/// entity such as `&amp;lt;` in the text. `$` is written as the entity `&amp;#36;`, which
/// Graphviz shows as `$`, so that text such as `${zone:x}` in a distro never reads as one of
/// the placeholders an operator fills in.
/// </summary>
/// <remarks>
/// The Append forms write into the drawing's own file: a fleet's drawing has a node per
/// guest, and a string per node or per character would be most of what drawing it allocates.
/// </remarks>
public static class DotText
{
    public static string Id(string text) => Utf8Builder.TextOf(dot => AppendId(dot, text));

    internal static Utf8Builder AppendId(Utf8Builder dot, string text)
    {
        dot.Append('"');
        foreach (var c in text)
        {
            if (c is '\\' or '"')
            {
                dot.Append('\\');
            }

            dot.Append(c);
        }

        return dot.Append('"');
    }

    public static string Label(string text) => Utf8Builder.TextOf(dot => AppendLabel(dot, text));

    internal static Utf8Builder AppendLabel(Utf8Builder dot, string text) =>
        AppendLabelText(dot.Append('"'), text).Append('"');

    /// <summary>The escaped text of a label without its quotes, so that several lines can go into one.</summary>
    internal static Utf8Builder AppendLabelText(Utf8Builder dot, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': dot.Append("\\\\"); break;
                case '"': dot.Append("\\\""); break;
                case '&': dot.Append("&amp;"); break;
                case '$': dot.Append("&#36;"); break;
                case '\n': dot.Append("\\n"); break;
                case var control when char.IsControl(control):
                    dot.Append("\\\\u{").Append(((int)control).ToString("X", CultureInfo.InvariantCulture)).Append('}');
                    break;
                default: dot.Append(c); break;
            }
        }

        return dot;
    }
}
