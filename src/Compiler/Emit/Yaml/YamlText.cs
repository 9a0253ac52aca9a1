using System;

namespace TopoLang.Compiler.Emit.Yaml;

/// <summary>
/// A <see cref="YamlNode"/> tree as a YAML document: 2-space indent, "\n" line ends, no line
/// folding (a long description stays one line), ending in a newline (<see cref="YamlWriter"/>).
/// </summary>
public static class YamlText
{
    /// <param name="explicitStart">Begin with `---`, as Ansible's files conventionally do (yamllint's document-start).</param>
    public static string Write(YamlNode root, bool explicitStart = false) => Utf8Text.Encoding.GetString(YamlWriter.Write(root, explicitStart).Span);

    /// <summary>As <see cref="Write"/>, the UTF-8 bytes a build writes (<see cref="GeneratedFile.FromUtf8"/>), without a string of them.</summary>
    /// <param name="expectedBytes">About the document's size, when it is large: its buffer is sized once.</param>
    internal static ReadOnlyMemory<byte> WriteUtf8(YamlNode root, bool explicitStart = false, int expectedBytes = 0) =>
        YamlWriter.Write(root, explicitStart, expectedBytes);
}
