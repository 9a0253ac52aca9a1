using System.Globalization;
using System.Text;

namespace TopoLang.Tests.Infrastructure;

/// <summary>
/// Writes any text as a TopoLang string literal, for tests that feed hostile values through the
/// compiler: `"` and `\` escaped, newline and tab as `\n` and `\t`, `$` as `\u{24}` (so no `${`
/// starts an interpolation), other control characters and line separators as `\u{X}`.
/// </summary>
public static class TopoLiteral
{
    public static string Quoted(string value) => "\"" + Body(value) + "\"";

    public static string Body(string value)
    {
        var builder = new StringBuilder();
        foreach (var rune in value.EnumerateRunes())
        {
            var text = rune.ToString();
            builder.Append(text switch
            {
                "\"" => "\\\"",
                "\\" => "\\\\",
                "\n" => "\\n",
                "\t" => "\\t",
                "$" => "\\u{24}",
                _ when rune.Value < 0x20 || rune.Value is 0x7F or 0x2028 or 0x2029 => "\\u{" + rune.Value.ToString("X", CultureInfo.InvariantCulture) + "}",
                _ => text,
            });
        }

        return builder.ToString();
    }
}
