using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Xml;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// Writes libvirt XML with fixed settings, so that the bytes depend on the model only: no
/// declaration (libvirt's own files have none), 2-space indent, "\n" line endings, a final
/// newline (<see cref="LibvirtDocuments"/>). Every string from the topology goes through
/// <see cref="Text"/> first.
/// </summary>
internal static class LibvirtXml
{
    /// <summary>
    /// The settings of every libvirt document. Fragment conformance lets one writer write one
    /// document after another (<see cref="LibvirtDocuments"/>); each is still a single element.
    /// </summary>
    internal static readonly XmlWriterSettings Settings = new()
    {
        OmitXmlDeclaration = true,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        Encoding = Utf8Text.Encoding,
        CheckCharacters = true,
        ConformanceLevel = ConformanceLevel.Fragment,
        CloseOutput = false,
    };

    /// <summary>
    /// The text as XML 1.0 can hold it. XML has no way to write most control characters (not
    /// even as `&amp;#x1;`), nor a lone surrogate: those become U+FFFD instead of breaking the file.
    /// </summary>
    public static string Text(string value)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < value.Length; i++)
        {
            var width = CharWidth(value, i);
            if (width == 0)
            {
                cleaned ??= new StringBuilder(value, 0, i, value.Length);
                cleaned.Append('\uFFFD');
                continue;
            }

            cleaned?.Append(value, i, width);
            i += width - 1;
        }

        return cleaned?.ToString() ?? value;
    }

    /// <summary>
    /// An attribute holding a string of the topology. A `$` before `{` is written as `&amp;#x24;`:
    /// the same value to any XML parser, but never a `${kind:key}` an operator would take for a
    /// placeholder to fill in.
    /// </summary>
    public static void Attribute(XmlWriter writer, string name, string value)
    {
        var text = Text(value);
        writer.WriteStartAttribute(name);
        var start = 0;
        for (var dollar = text.IndexOf("${", StringComparison.Ordinal); dollar >= 0; dollar = text.IndexOf("${", start, StringComparison.Ordinal))
        {
            writer.WriteString(text[start..dollar]);
            writer.WriteCharEntity('$');
            start = dollar + 1;
        }

        writer.WriteString(text[start..]);
        writer.WriteEndAttribute();
    }

    /// <summary>A comment: XML forbids `--` inside one and a `-` at its end.</summary>
    public static void Comment(XmlWriter writer, string text) => writer.WriteComment(CommentText(text));

    /// <summary>A comment whose interpolated text is made once, with its spaces (<see cref="XmlCommentHandler"/>).</summary>
    public static void Comment(XmlWriter writer, ref XmlCommentHandler text) =>
        writer.WriteComment(text.ToCommentAndClear(out var unplain) ?? CommentText(unplain));

    /// <summary>
    /// A comment whose text is one of the code's own constants: its comment is made once and
    /// kept (a fleet's domains carry the same few notes tens of thousands of times).
    /// </summary>
    public static void FixedComment(XmlWriter writer, string text) => writer.WriteComment(FixedComments.GetOrAdd(text, CommentText));

    // Keyed by the constant itself, not its characters: a look-up costs no hashing of the text.
    private static readonly ConcurrentDictionary<string, string> FixedComments = new(ReferenceEqualityComparer.Instance);

    private static string CommentText(string text)
    {
        var safe = Text(text).Replace("--", "- -", StringComparison.Ordinal);
        return " " + safe + (safe.EndsWith('-') ? " " : string.Empty) + " ";
    }

    /// <summary>Text a comment holds as it is: every character legal XML, no `--`, no `-` at its end.</summary>
    internal static bool IsPlainCommentText(ReadOnlySpan<char> text)
    {
        if (text.IndexOf("--", StringComparison.Ordinal) >= 0 || text.EndsWith("-", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || !XmlConvert.IsXmlChar(c))
            {
                // A surrogate is left to the careful path, which tells a pair from a lone half.
                return false;
            }
        }

        return true;
    }

    // 1 or 2 (a surrogate pair) when the character at i is legal XML, 0 when it is not.
    private static int CharWidth(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 0;
        }

        return XmlConvert.IsXmlChar(c) ? 1 : 0;
    }
}
