using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace TopoLang.Compiler.Emit.Yaml;

/// <summary>
/// Writes a <see cref="YamlNode"/> tree as UTF-8 in the layout the files have always had
/// (YamlDotNet's emitter, which wrote them until it was measured: its event per scalar and its
/// text in a growing <see cref="StringBuilder"/> made a fleet's 54 MB playbook cost ten times
/// its size). Block collections indent by two, a sequence under a key included; an empty one is
/// written in flow (`[]`, `{}`); a scalar never folds. What this writes is read back by YAML 1.1
/// and 1.2 parsers as the tree's own strings (tests parse it with YamlDotNet, PyYAML and Ansible).
/// </summary>
internal sealed class YamlWriter
{
    private const int Indent = 2;

    // YAML 1.2 lets an implicit key run to 1024 characters; a longer one is written `? key`.
    private const int MaxImplicitKeyLength = 1024;

    private readonly IBufferWriter<byte> _output;

    // A document repeats a few keys (`id`, `name`, `argv`) on every item: each is worked out once.
    private readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    // The entries of a YamlMapSequence's items, when no sequence is being written with them.
    private YamlMapEntries? _spareEntries;

    private YamlWriter(IBufferWriter<byte> output) => _output = output;

    /// <param name="explicitStart">Begin with `---`, as Ansible's files conventionally do (yamllint's document-start).</param>
    public static void Write(YamlNode root, bool explicitStart, IBufferWriter<byte> output) => new YamlWriter(output).Document(root, explicitStart);

    private void Document(YamlNode root, bool explicitStart)
    {
        if (explicitStart)
        {
            Ascii(IsBlock(root) ? "---\n"u8 : "--- "u8);
        }

        if (IsBlock(root))
        {
            Block(root, indent: 0, inline: false);
        }
        else
        {
            Flow(root);
            Ascii("\n"u8);
        }
    }

    /// <summary>A collection written one entry a line: a non-empty one not asked for in flow.</summary>
    private static bool IsBlock(YamlNode node) => node switch
    {
        YamlMap map => !map.Flow && map.Entries.Count > 0,
        YamlSequence sequence => !sequence.Flow && sequence.Items.Length > 0,
        YamlMapSequence maps => maps.Count > 0,
        _ => false,
    };

    /// <param name="inline">The first line goes on the current one (after `- `), the others at <paramref name="indent"/>.</param>
    private void Block(YamlNode node, int indent, bool inline)
    {
        switch (node)
        {
            case YamlMap map:
                MapEntries(map, indent, inline);
                break;
            case YamlMapSequence maps:
                MapSequenceItems(maps, indent, inline);
                break;
            default:
                SequenceItems((YamlSequence)node, indent, inline);
                break;
        }
    }

    private void MapEntries(YamlMap map, int indent, bool inline)
    {
        var entries = map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0 || !inline)
            {
                Spaces(indent);
            }

            KeyColon(entries[i].Key, indent);
            Value(entries[i].Value, indent);
        }
    }

    /// <summary>The items of a <see cref="YamlMapSequence"/>, laid out as a <see cref="YamlSequence"/> of the same maps is.</summary>
    private void MapSequenceItems(YamlMapSequence maps, int indent, bool inline)
    {
        // One for the writer, not one per item nor per sequence; a sequence in an item's value gets another.
        var entries = _spareEntries ?? new YamlMapEntries(this);
        _spareEntries = null;
        for (var i = 0; i < maps.Count; i++)
        {
            if (i > 0 || !inline)
            {
                Spaces(indent);
            }

            Ascii("- "u8);
            entries.Begin(indent + Indent);
            maps.WriteItem(i, entries);
            if (entries.Count == 0)
            {
                Ascii("{}\n"u8); // as an empty map is written: in flow
            }
        }

        _spareEntries = entries;
    }

    private void SequenceItems(YamlSequence sequence, int indent, bool inline)
    {
        var items = sequence.Items;
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0 || !inline)
            {
                Spaces(indent);
            }

            Ascii("- "u8);
            if (IsBlock(items[i]))
            {
                Block(items[i], indent + Indent, inline: true);
            }
            else
            {
                Flow(items[i]);
                Ascii("\n"u8);
            }
        }
    }

    /// <summary>
    /// A key and its colon, the value to follow: `key:`, or for a key too long to be implicit,
    /// `? key` on a line of its own and the colon on the next.
    /// </summary>
    internal void KeyColon(string text, int indent)
    {
        var key = Key(text);
        if (key.Length > MaxImplicitKeyLength)
        {
            Ascii("? "u8);
            Ascii(key);
            Ascii("\n"u8);
            Spaces(indent);
        }
        else
        {
            Ascii(key);
        }

        Ascii(":"u8);
    }

    /// <summary>What follows a key's colon: the value on the same line, or a block below it.</summary>
    internal void Value(YamlNode value, int indent)
    {
        if (IsBlock(value))
        {
            Ascii("\n"u8);
            Block(value, indent + Indent, inline: false);
        }
        else
        {
            Ascii(" "u8);
            Flow(value);
            Ascii("\n"u8);
        }
    }

    /// <summary>What follows a key's colon for a scalar: as <see cref="Value"/> writes a <see cref="YamlScalar"/> of it.</summary>
    internal void ScalarValue(string value, YamlScalarKind kind)
    {
        Ascii(" "u8);
        Scalar(value, kind, inFlow: false);
        Ascii("\n"u8);
    }

    /// <summary>What follows a key's colon for texts: as <see cref="Value"/> writes a sequence of <see cref="YamlNode.Text"/> of them.</summary>
    internal void TextsValue(ReadOnlySpan<string> texts, int indent)
    {
        if (texts.IsEmpty)
        {
            Ascii(" []\n"u8);
            return;
        }

        Ascii("\n"u8);
        foreach (var text in texts)
        {
            Spaces(indent + Indent);
            Ascii("- "u8);
            Scalar(text, YamlScalarKind.Quoted, inFlow: false);
            Ascii("\n"u8);
        }
    }

    /// <summary>A scalar, or a collection on one line (`[a, b]`, `{k: v}`).</summary>
    private void Flow(YamlNode node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                Scalar(scalar.Value, scalar.Kind, inFlow: false);
                break;
            case YamlMapSequence maps when maps.Count == 0:
                Ascii("[]"u8);
                break;
            case YamlSequence sequence:
                Ascii("["u8);
                for (var i = 0; i < sequence.Items.Length; i++)
                {
                    if (i > 0)
                    {
                        Ascii(", "u8);
                    }

                    InFlow(sequence.Items[i]);
                }

                Ascii("]"u8);
                break;
            case YamlMap map:
                Ascii("{"u8);
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    if (i > 0)
                    {
                        Ascii(", "u8);
                    }

                    Ascii(Key(map.Entries[i].Key));
                    Ascii(": "u8);
                    InFlow(map.Entries[i].Value);
                }

                Ascii("}"u8);
                break;
            case YamlMapSequence:
                throw new InvalidOperationException("A YamlMapSequence is written in block only: it cannot be an item of a flow collection");
            default:
                throw new InvalidOperationException("Unknown YAML node " + node.GetType().Name);
        }
    }

    /// <summary>An item of a flow collection: a scalar there may not hold a flow indicator unquoted.</summary>
    private void InFlow(YamlNode node)
    {
        if (node is YamlScalar scalar)
        {
            Scalar(scalar.Value, scalar.Kind, inFlow: true);
        }
        else
        {
            Flow(node);
        }
    }

    private void Scalar(string value, YamlScalarKind kind, bool inFlow)
    {
        var plain = kind switch
        {
            YamlScalarKind.Plain => YamlScalarStyle.IsPlainSafe(value, inFlow),
            YamlScalarKind.Name => YamlScalarStyle.IsPlainName(value),
            _ => false,
        };
        if (plain)
        {
            Utf8(value);
        }
        else
        {
            YamlDoubleQuoted.Write(_output, value);
        }
    }

    private byte[] Key(string key)
    {
        if (!_keys.TryGetValue(key, out var bytes))
        {
            bytes = YamlScalarStyle.IsPlainName(key) ? Encoding.UTF8.GetBytes(key) : Quoted(key);
            _keys.Add(key, bytes);
        }

        return bytes;
    }

    private static byte[] Quoted(string text)
    {
        var quoted = new ArrayBufferWriter<byte>(text.Length + 2);
        YamlDoubleQuoted.Write(quoted, text);
        return quoted.WrittenSpan.ToArray();
    }

    internal void Spaces(int count)
    {
        _output.GetSpan(count)[..count].Fill((byte)' ');
        _output.Advance(count);
    }

    private void Ascii(ReadOnlySpan<byte> bytes) => _output.Write(bytes);

    private void Utf8(string text) => Utf8Text.Write(text, _output);
}
