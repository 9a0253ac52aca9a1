using System.Globalization;
using System.Text;

namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// Makes free text (a region, an image) usable as the key of a placeholder. An operator finds
/// and replaces a placeholder as one word, without white space, braces or quotes; the `.cmk` script
/// must keep each call on one line; and a placeholder must read the same in the raw text of
/// the JSON (which escapes `\`, control and some non-ASCII characters) as in the script. So a
/// key keeps printable ASCII only, and everything else, `%` included, is percent-encoded as
/// UTF-8, which keeps the text recoverable. Plain keys such as `kr-central-1` or
/// `ubuntu-22.04` are unchanged.
/// </summary>
public static class PlaceholderKey
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (NeedsEscape(rune))
            {
                AppendEncoded(builder, rune);
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(Rune rune) =>
        rune.Value is <= ' ' or > '~' or '%' or '{' or '}' or '\'' or '"' or '\\';

    private static void AppendEncoded(StringBuilder builder, Rune rune)
    {
        var bytes = new byte[rune.Utf8SequenceLength];
        rune.EncodeToUtf8(bytes);
        foreach (var b in bytes)
        {
            builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
    }
}
