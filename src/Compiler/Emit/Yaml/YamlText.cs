using System;
using System.Buffers;

namespace TopoLang.Compiler.Emit.Yaml;

/// <summary>
/// A <see cref="YamlNode"/> tree as a YAML document: 2-space indent, "\n" line ends, no line
/// folding (a long description stays one line), ending in a newline (<see cref="YamlWriter"/>).
/// </summary>
public static class YamlText
{
    /// <param name="explicitStart">Begin with `---`, as Ansible's files conventionally do (yamllint's document-start).</param>
    public static string Write(YamlNode root, bool explicitStart = false)
    {
        var bytes = new ArrayBufferWriter<byte>();
        YamlWriter.Write(root, explicitStart, bytes);
        return Utf8Text.Encoding.GetString(bytes.WrittenSpan);
    }

    /// <summary>
    /// A file of the document, whose tree is made and written when the build writes the file
    /// (<see cref="GeneratedFile.WrittenBy"/>): a fleet's playbook, a tree of its plays whose
    /// 300,000 step items are written on demand (<see cref="YamlMapSequence"/>), is alive only
    /// while it is written, and no string nor array of its bytes is made.
    /// </summary>
    internal static GeneratedFile File(string relativePath, Func<YamlNode> document, bool explicitStart = false) =>
        GeneratedFile.WrittenBy(relativePath, output => YamlWriter.Write(document(), explicitStart, output));
}
