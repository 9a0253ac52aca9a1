using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TopoLang.Compiler.Documentation;

/// <summary>The few inline pieces of Markdown the reference spells the same way everywhere.</summary>
internal static class Markdown
{
    public static string Code(string text) => "`" + text + "`";

    public static string CodeList(IEnumerable<string> words) => string.Join(", ", words.Select(Code));

    /// <summary>A link to a heading of the same page, with the anchor GitHub derives from the heading's text.</summary>
    public static string Link(string heading) => $"[{heading}](#{Anchor(heading)})";

    public static string Anchor(string heading)
    {
        var anchor = new StringBuilder();
        foreach (var character in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(character) || character is '-' or '_')
            {
                anchor.Append(character);
            }
            else if (character == ' ')
            {
                anchor.Append('-');
            }
        }

        return anchor.ToString();
    }
}
