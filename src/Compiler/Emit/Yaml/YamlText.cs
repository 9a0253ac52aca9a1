using System;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TopoLang.Compiler.Emit.Yaml;

/// <summary>
/// Writes a <see cref="YamlNode"/> tree with YamlDotNet's emitter: 2-space indent, "\n" line
/// ends, no line folding (a long description stays one line), one document ending in a newline.
/// The emitter escapes what YAML cannot hold raw (control characters, U+0085, U+2028, ...).
/// </summary>
public static partial class YamlText
{
    private static readonly EmitterSettings Settings = new(
        bestIndent: 2,
        bestWidth: int.MaxValue,
        isCanonical: false,
        maxSimpleKeyLength: 1024,
        skipAnchorName: true,
        indentSequences: true,
        newLine: "\n",
        useUtf16SurrogatePairs: false);

    /// <param name="explicitStart">Begin with `---`, as Ansible's files conventionally do (yamllint's document-start).</param>
    public static string Write(YamlNode root, bool explicitStart = false)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: !explicitStart));
        Emit(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        var text = writer.ToString();
        return text.EndsWith('\n') ? text : text + "\n";
    }

    private static void Emit(IEmitter emitter, YamlNode node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                emitter.Emit(Scalar(scalar.Value, Style(scalar)));
                break;
            case YamlSequence sequence:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, sequence.Flow ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in sequence.Items)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YamlMap map:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, map.Flow ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var entry in map.Entries)
                {
                    emitter.Emit(Scalar(entry.Key, NameStyle(entry.Key)));
                    Emit(emitter, entry.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            default:
                throw new InvalidOperationException("Unknown YAML node " + node.GetType().Name);
        }
    }

    private static ScalarStyle Style(YamlScalar scalar) => scalar.Kind switch
    {
        YamlScalarKind.Plain => ScalarStyle.Plain,
        YamlScalarKind.Name => NameStyle(scalar.Value),
        _ => ScalarStyle.DoubleQuoted,
    };

    /// <summary>
    /// Keys and names are plain when YAML can only read them back as that same string (an identifier-like
    /// word that is no YAML 1.1 boolean or null), double-quoted otherwise: a resource named `on`
    /// or a key `=` must stay a string.
    /// </summary>
    private static ScalarStyle NameStyle(string name) =>
        SafePlainName().IsMatch(name) && !ReservedWord().IsMatch(name) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted;

    private static Scalar Scalar(string value, ScalarStyle style) =>
        new(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*([.-][A-Za-z0-9_]+)*$")]
    private static partial Regex SafePlainName();

    [GeneratedRegex("^(y|n|yes|no|true|false|on|off|null)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedWord();
}
