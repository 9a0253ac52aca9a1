using System.Collections.Immutable;
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

    /// <summary>
    /// Each string of <paramref name="texts"/> through <see cref="Of(string, PlaybookValues)"/>: the
    /// same array when none changes, as nearly every argv of a fleet's steps, so none is copied.
    /// </summary>
    public static ImmutableArray<string> Of(ImmutableArray<string> texts, PlaybookValues values)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            var text = Of(texts[i], values);
            if (!ReferenceEquals(text, texts[i]))
            {
                return Changed(texts, i, text, values);
            }
        }

        return texts;
    }

    /// <summary>The texts from <paramref name="first"/> on through <see cref="Of(string, PlaybookValues)"/>, <paramref name="first"/> already made.</summary>
    private static ImmutableArray<string> Changed(ImmutableArray<string> texts, int first, string firstText, PlaybookValues values)
    {
        var changed = texts.ToBuilder();
        changed[first] = firstText;
        for (var i = first + 1; i < texts.Length; i++)
        {
            changed[i] = Of(texts[i], values);
        }

        return changed.MoveToImmutable();
    }

    /// <summary>A literal part: as it is unless Jinja could read something in it (or it ends in `{`, which would join the expression after it).</summary>
    private static string Literal(string text) =>
        text.Contains("{{") || text.Contains("{%") || text.Contains("{#") || text.EndsWith('{')
            ? "{{ " + StringLiteral(text) + " }}"
            : text;

    [GeneratedRegex(@"\$\{[^{}]*\}")]
    private static partial Regex Placeholder();
}
