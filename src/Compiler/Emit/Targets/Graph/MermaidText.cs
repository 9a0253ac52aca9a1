using System.Globalization;
using System.Text;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>
/// Text inside a quoted Mermaid label. Mermaid has no backslash escapes: characters that
/// would end the label, start markup, a comment or a directive (`"`, `&lt;`, `&gt;`, `&amp;`,
/// `` ` ``, `%`, `;`) become its entity codes (`#quot;`, `#60;`), `#` itself included so that
/// no text reads as one, and `$` too, so that no text reads as a placeholder to fill in
/// (`${zone:x}`). A newline is a `&lt;br/&gt;`; other control characters are shown as `\u{X}`.
/// </summary>
public static class MermaidText
{
    public const string LineBreak = "<br/>";

    public static string Label(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "#quot;",
                '#' or '&' or '<' or '>' or '`' or '%' or ';' or '$' => "#" + ((int)c).ToString(CultureInfo.InvariantCulture) + ";",
                '\n' => LineBreak,
                _ when char.IsControl(c) => "\\u{" + ((int)c).ToString("X", CultureInfo.InvariantCulture) + "}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
