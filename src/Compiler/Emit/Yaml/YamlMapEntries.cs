using System;

namespace TopoLang.Compiler.Emit.Yaml;

/// <summary>
/// The entries of one item of a <see cref="YamlMapSequence"/>, written as they are given, in the
/// layout a <see cref="YamlMap"/> of the same entries has: a scalar or a list of texts needs no
/// node made for it (<see cref="Text"/>, <see cref="Word"/>, <see cref="Texts"/>).
/// </summary>
internal sealed class YamlMapEntries
{
    private readonly YamlWriter _writer;
    private int _indent;

    internal YamlMapEntries(YamlWriter writer) => _writer = writer;

    /// <summary>How many entries the item has had so far.</summary>
    public int Count { get; private set; }

    /// <summary>Starts an item, whose first entry goes on the current line (after `- `) and the others at <paramref name="indent"/>.</summary>
    internal void Begin(int indent)
    {
        _indent = indent;
        Count = 0;
    }

    /// <summary>As <c>Add(key, YamlNode.Text(value))</c>.</summary>
    public void Text(string key, string value)
    {
        Key(key);
        _writer.ScalarValue(value, YamlScalarKind.Quoted);
    }

    /// <summary>As <c>Add(key, YamlNode.Word(value))</c>.</summary>
    public void Word(string key, string value)
    {
        Key(key);
        _writer.ScalarValue(value, YamlScalarKind.Plain);
    }

    /// <summary>As <c>Add(key, YamlNode.Sequence(texts.Select(YamlNode.Text)))</c>.</summary>
    public void Texts(string key, ReadOnlySpan<string> texts)
    {
        Key(key);
        _writer.TextsValue(texts, _indent);
    }

    public void Add(string key, YamlNode value)
    {
        Key(key);
        _writer.Value(value, _indent);
    }

    private void Key(string key)
    {
        if (Count > 0)
        {
            _writer.Spaces(_indent);
        }

        Count++;
        _writer.KeyColon(key, _indent);
    }
}
