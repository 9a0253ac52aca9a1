namespace TopoLang.Compiler.Emit.Yaml;

/// <summary>
/// A block sequence of maps whose entries are not kept as nodes but given to the writer when it
/// reaches each item (<see cref="WriteItem"/>): a fleet's playbook lists 300,000 steps, each of
/// which, as a <see cref="YamlMap"/> of scalars, cost ten objects alive only to be written once.
/// It is written exactly as a <see cref="YamlSequence"/> of the same maps is (`[]` when empty,
/// `{}` for an item without entries), and in block only: it cannot be an item of a flow collection.
/// </summary>
internal abstract class YamlMapSequence : YamlNode
{
    public abstract int Count { get; }

    /// <summary>Gives the entries of item <paramref name="index"/>, in order, to <paramref name="entries"/>.</summary>
    public abstract void WriteItem(int index, YamlMapEntries entries);
}
