using System;
using System.Buffers;
using System.Text.RegularExpressions;

namespace TopoLang.Compiler.Emit.Yaml;

/// <summary>Whether a scalar may be written plain (unquoted) and still read back as the same string.</summary>
internal static partial class YamlScalarStyle
{
    // Characters that may not begin a plain scalar (YAML 1.2, c-indicator); `-`, `?` and `:` may when a non-space follows.
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    private static readonly SearchValues<char> FlowIndicators = SearchValues.Create(",[]{}");

    /// <summary>
    /// Keys and names are plain when YAML can only read them back as that same string (an identifier-like
    /// word that is no YAML 1.1 boolean or null), double-quoted otherwise: a resource named `on`
    /// or a key `=` must stay a string.
    /// </summary>
    public static bool IsPlainName(string name) => SafePlainName().IsMatch(name) && !ReservedWord().IsMatch(name);

    /// <summary>
    /// A word of the document (<see cref="YamlNode.Word"/>, a number, `true`) is written plain, as
    /// meant, when plain can hold it at all: printable ASCII that neither begins with an indicator
    /// nor holds `: ` or ` #`, and in a flow collection no flow indicator. Anything else is quoted,
    /// so a word that could not be plain still reads back as its string.
    /// </summary>
    public static bool IsPlainSafe(string value, bool inFlow)
    {
        if (value.Length == 0 || value[0] == ' ' || value[^1] == ' ' || value[^1] == ':')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        if (Indicators.Contains(value[0]) && !(value[0] is '-' or '?' or ':' && value.Length > 1 && value[1] != ' ' && !FlowIndicators.Contains(value[1])))
        {
            return false;
        }

        return !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal)
            && !(inFlow && value.AsSpan().ContainsAny(FlowIndicators));
    }

    // `\z`, not `$`, which also matches before a last line break: `a\n` is no plain name.
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*([.-][A-Za-z0-9_]+)*\z")]
    private static partial Regex SafePlainName();

    [GeneratedRegex(@"^(y|n|yes|no|true|false|on|off|null)\z", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedWord();
}
