using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// Text for a value Ansible templates with Jinja. A topology's strings are data: wherever they
/// could read as Jinja (`{{`, `{%`, `{#`) they are written as a Jinja string literal, so a guest
/// named in a string can never run a template. Placeholders the operator fills become lookups in
/// <see cref="PlaybookValues.Variable"/>.
/// </summary>
internal static partial class JinjaText
{
    /// <summary>A Jinja string literal of <paramref name="text"/>: `'...'` with `\` and `'` escaped.</summary>
    public static string StringLiteral(string text) => "'" + text.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    /// <summary>The text as it is, but for the operator's placeholders in it, which become `{{ topo_values['kind:key'] }}`.</summary>
    public static string Of(string text, PlaybookValues values)
    {
        if (!text.Contains("${", System.StringComparison.Ordinal))
        {
            return Literal(text); // no placeholder: most of a fleet's texts, which need no copy
        }

        var result = new StringBuilder();
        var literalStart = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            if (!values.Contains(match.Value))
            {
                continue;
            }

            result.Append(Literal(text[literalStart..match.Index]));
            result.Append("{{ ").Append(values.Lookup(match.Value)).Append(" }}");
            literalStart = match.Index + match.Length;
        }

        return result.Append(Literal(text[literalStart..])).ToString();
    }

    /// <summary>Each string of <paramref name="texts"/> through <see cref="Of"/>.</summary>
    public static IEnumerable<string> Of(IEnumerable<string> texts, PlaybookValues values)
    {
        foreach (var text in texts)
        {
            yield return Of(text, values);
        }
    }

    /// <summary>A literal part: as it is unless Jinja could read something in it (or it ends in `{`, which would join the expression after it).</summary>
    private static string Literal(string text) =>
        text.Contains("{{") || text.Contains("{%") || text.Contains("{#") || text.EndsWith('{')
            ? "{{ " + StringLiteral(text) + " }}"
            : text;

    [GeneratedRegex(@"\$\{[^{}]*\}")]
    private static partial Regex Placeholder();
}
