using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace TopoLang.Compiler.Emit.Yaml;

/// <summary>
/// A YAML document tree, built first and then handed to a real emitter (<see cref="YamlText"/>),
/// so that a document's structure never depends on what a string holds. Maps keep the order
/// their entries were added in: the output's key order is the code's, never a dictionary's.
/// </summary>
public abstract class YamlNode
{
    /// <summary>A string from the topology (or built from one): always double-quoted, so no value can be read as another type or break the layout.</summary>
    public static YamlNode Text(string value) => new YamlScalar(value, YamlScalarKind.Quoted);

    /// <summary>A word of the document itself (a resource type, a module option, `true`): plain, as HOT and Ansible are usually written. Never pass a topology value here.</summary>
    public static YamlNode Word(string value) => new YamlScalar(value, YamlScalarKind.Plain);

    /// <summary>A name (of a resource, a parameter): plain when YAML reads it back as the same string, quoted otherwise.</summary>
    public static YamlNode Name(string value) => new YamlScalar(value, YamlScalarKind.Name);

    public static YamlNode Number(long value) => new YamlScalar(value.ToString(CultureInfo.InvariantCulture), YamlScalarKind.Plain);

    public static YamlNode Number(decimal value) => new YamlScalar(DecimalText.Format(value), YamlScalarKind.Plain);

    public static YamlNode Null { get; } = new YamlScalar("null", YamlScalarKind.Plain);

    public static YamlSequence Sequence(params YamlNode[] items) => new(items.ToImmutableArray(), flow: false);

    public static YamlSequence Sequence(IEnumerable<YamlNode> items) => new(items.ToImmutableArray(), flow: false);
}

/// <summary>How a scalar is written: see <see cref="YamlNode.Word"/>, <see cref="YamlNode.Text"/>, <see cref="YamlNode.Name"/>.</summary>
public enum YamlScalarKind { Plain, Quoted, Name }

public sealed class YamlScalar(string value, YamlScalarKind kind) : YamlNode
{
    public string Value { get; } = value;

    public YamlScalarKind Kind { get; } = kind;
}

/// <summary>A sequence. <see cref="Flow"/> writes it on one line (`[a, b]`).</summary>
public sealed class YamlSequence(ImmutableArray<YamlNode> items, bool flow) : YamlNode
{
    public ImmutableArray<YamlNode> Items { get; } = items;

    public bool Flow { get; } = flow;
}

/// <summary>A mapping in insertion order. <see cref="Flow"/> writes it on one line (`{get_param: x}`).</summary>
public sealed class YamlMap : YamlNode
{
    private readonly List<KeyValuePair<string, YamlNode>> _entries;

    /// <param name="capacity">How many entries it will have, when known: a fleet's inventory groups list thousands of hosts.</param>
    public YamlMap(bool flow = false, int capacity = 0)
    {
        Flow = flow;
        _entries = new List<KeyValuePair<string, YamlNode>>(capacity);
    }

    public bool Flow { get; }

    public IReadOnlyList<KeyValuePair<string, YamlNode>> Entries => _entries;

    public YamlMap Add(string key, YamlNode value)
    {
        _entries.Add(new KeyValuePair<string, YamlNode>(key, value));
        return this;
    }

    public static YamlMap Of(string key, YamlNode value, bool flow = false) => new YamlMap(flow).Add(key, value);
}
