using System.Globalization;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>
/// Text inside a quoted Mermaid label. Mermaid has no backslash escapes: characters that
/// would end the label, start markup, a comment or a directive (`"`, `&lt;`, `&gt;`, `&amp;`,
/// `` ` ``, `%`, `;`) become its entity codes (`#quot;`, `#60;`), `#` itself included so that
/// no text reads as one, and `$` too, so that no text reads as a placeholder to fill in
/// (`${zone:x}`). A newline is a `&lt;br/&gt;`; other control characters are shown as `\u{X}`.
/// </summary>
/// <remarks>The Append form writes into the drawing's own file, for the reason <see cref="DotText"/> gives.</remarks>
public static class MermaidText
{
    public const string LineBreak = "<br/>";

    public static string Label(string text) => Utf8Builder.TextOf(mermaid => AppendLabel(mermaid, text));

    internal static Utf8Builder AppendLabel(Utf8Builder mermaid, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': mermaid.Append("#quot;"); break;
                case '#' or '&' or '<' or '>' or '`' or '%' or ';' or '$':
                    mermaid.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
                    break;
                case '\n': mermaid.Append(LineBreak); break;
                case var control when char.IsControl(control):
                    mermaid.Append("\\u{").Append(((int)control).ToString("X", CultureInfo.InvariantCulture)).Append('}');
                    break;
                default: mermaid.Append(c); break;
            }
        }

        return mermaid;
    }
}
