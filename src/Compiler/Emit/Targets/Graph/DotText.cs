using System.Globalization;
using System.Text;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>
/// Quoted DOT strings. Ids escape `\` and `"`. Labels also become Graphviz escape strings: a
/// newline is the line break `\n`, a backslash must not start `\N`, `\l` and the like, other
/// control characters are shown as `\u{X}`, and `&amp;` keeps Graphviz from reading an
/// entity such as `&amp;lt;` in the text. `$` is written as the entity `&amp;#36;`, which
/// Graphviz shows as `$`, so that text such as `${zone:x}` in a distro never reads as one of
/// the placeholders an operator fills in.
/// </summary>
public static class DotText
{
    public static string Id(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string Label(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '&' => "&amp;",
                '$' => "&#36;",
                '\n' => "\\n",
                _ when char.IsControl(c) => "\\\\u{" + ((int)c).ToString("X", CultureInfo.InvariantCulture) + "}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
