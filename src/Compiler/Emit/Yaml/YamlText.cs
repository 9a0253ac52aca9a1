using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
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

    // Events hold no state of the emitter's: these are written for every sequence and mapping
    // of a document, and site.yml of a fleet has millions of them.
    private static readonly SequenceStart BlockSequence = new(null, null, isImplicit: true, SequenceStyle.Block);
    private static readonly SequenceStart FlowSequence = new(null, null, isImplicit: true, SequenceStyle.Flow);
    private static readonly SequenceEnd EndOfSequence = new();
    private static readonly MappingStart BlockMapping = new(null, null, isImplicit: true, MappingStyle.Block);
    private static readonly MappingStart FlowMapping = new(null, null, isImplicit: true, MappingStyle.Flow);
    private static readonly MappingEnd EndOfMapping = new();

    /// <param name="explicitStart">Begin with `---`, as Ansible's files conventionally do (yamllint's document-start).</param>
    public static string Write(YamlNode root, bool explicitStart = false) => Document(root, explicitStart).ToString();

    /// <summary>As <see cref="Write"/>, the UTF-8 bytes a build writes (<see cref="GeneratedFile.FromUtf8"/>), without a string of them.</summary>
    internal static byte[] WriteUtf8(YamlNode root, bool explicitStart = false) => Utf8Text.Of(Document(root, explicitStart));

    /// <summary>The document's text, ending in a newline.</summary>
    private static StringBuilder Document(YamlNode root, bool explicitStart)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" })
        {
            var emitter = new Emitter(writer, Settings);
            emitter.Emit(new StreamStart());
            emitter.Emit(new DocumentStart(null, null, isImplicit: !explicitStart));
            new KeyEvents().Emit(emitter, root);
            emitter.Emit(new DocumentEnd(isImplicit: true));
            emitter.Emit(new StreamEnd());
        }

        return text.Length > 0 && text[^1] == '\n' ? text : text.Append('\n');
    }

    /// <summary>
    /// Emits a tree, with one event per distinct key: a document repeats a few keys (`id`, `cmd`,
    /// `name`) on every item, and their style is worked out once.
    /// </summary>
    private sealed class KeyEvents
    {
        private readonly Dictionary<string, Scalar> _keys = new(StringComparer.Ordinal);

        public void Emit(IEmitter emitter, YamlNode node)
        {
            switch (node)
            {
                case YamlScalar scalar:
                    emitter.Emit(Scalar(scalar.Value, Style(scalar)));
                    break;
                case YamlSequence sequence:
                    emitter.Emit(sequence.Flow ? FlowSequence : BlockSequence);
                    foreach (var item in sequence.Items)
                    {
                        Emit(emitter, item);
                    }

                    emitter.Emit(EndOfSequence);
                    break;
                case YamlMap map:
                    emitter.Emit(map.Flow ? FlowMapping : BlockMapping);
                    var entries = map.Entries;
                    for (var i = 0; i < entries.Count; i++)
                    {
                        emitter.Emit(Key(entries[i].Key));
                        Emit(emitter, entries[i].Value);
                    }

                    emitter.Emit(EndOfMapping);
                    break;
                default:
                    throw new InvalidOperationException("Unknown YAML node " + node.GetType().Name);
            }
        }

        private Scalar Key(string key)
        {
            if (!_keys.TryGetValue(key, out var scalar))
            {
                scalar = Scalar(key, NameStyle(key));
                _keys.Add(key, scalar);
            }

            return scalar;
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
