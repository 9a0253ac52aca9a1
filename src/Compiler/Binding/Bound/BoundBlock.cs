using System.Collections.Generic;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Bound;

/// <summary>
/// A block after binding: its entries in source order (loops expanded), and, for entries that
/// were present but broken, their words, so that nothing calls them missing. Blocks are many
/// and small: entries are found by scanning, which beats hashing at these sizes.
/// </summary>
public sealed class BoundBlock
{
    private readonly List<BoundEntry> _entries = new();
    private List<string>? _brokenWords;

    public BoundBlock(BlockSpec spec, SourceLocation owner)
    {
        Spec = spec;
        Owner = owner;
    }

    public BlockSpec Spec { get; }

    /// <summary>The word of the entry that owns the block (`host`), where TOPO1005 points and defaults sit.</summary>
    public SourceLocation Owner { get; }

    public IReadOnlyList<BoundEntry> Entries => _entries;

    public void Add(BoundEntry entry) => _entries.Add(entry);

    /// <summary>An entry that was written but could not be read (a syntax error) still counts as present.</summary>
    public void MarkPresent(string word) => (_brokenWords ??= new List<string>()).Add(word);

    public bool IsPresent(string word) => First(word) is not null || (_brokenWords?.Contains(word) ?? false);

    public BoundEntry? First(string word)
    {
        foreach (var entry in _entries)
        {
            if (ReferenceEquals(entry.Spec.Word, word) || entry.Spec.Word == word)
            {
                return entry;
            }
        }

        return null;
    }

    public IEnumerable<BoundEntry> All(string word)
    {
        foreach (var entry in _entries)
        {
            if (entry.Spec.Word == word)
            {
                yield return entry;
            }
        }
    }

    /// <summary>
    /// The value of a slot of the first such entry; when the entry is absent, the schema's
    /// default (whose location is the schema's: readers place it at <see cref="Owner"/>); null
    /// when it is in error or has no default.
    /// </summary>
    public BoundValue? Value(string word, int slot = 0) => Read(word, slot).Value;

    public (BoundValue? Value, bool IsDefault) Read(string word, int slot = 0)
    {
        var entry = First(word);
        if (entry is not null)
        {
            return (entry[slot], false);
        }

        if (_brokenWords?.Contains(word) ?? false)
        {
            return (null, false);
        }

        var spec = Spec.Find(word);
        return (spec is not null && slot == 0 ? DefaultValues.Get(spec) : null, true);
    }
}
