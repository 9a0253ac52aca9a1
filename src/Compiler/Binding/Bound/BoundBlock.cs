using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Bound;

/// <summary>
/// A block after binding: its entries in source order (loops expanded), and, for entries that
/// were present but broken, their words, so that nothing calls them missing.
/// </summary>
public sealed class BoundBlock
{
    private readonly List<BoundEntry> _entries = new();
    private readonly HashSet<string> _present = new(System.StringComparer.Ordinal);

    public BoundBlock(BlockSpec spec, SourceLocation owner)
    {
        Spec = spec;
        Owner = owner;
    }

    public BlockSpec Spec { get; }

    /// <summary>The word of the entry that owns the block (`host`), where TOPO1005 points.</summary>
    public SourceLocation Owner { get; }

    public IReadOnlyList<BoundEntry> Entries => _entries;

    public bool IsPresent(string word) => _present.Contains(word);

    public void Add(BoundEntry entry)
    {
        _entries.Add(entry);
        _present.Add(entry.Spec.Word);
    }

    /// <summary>An entry that was written but could not be read (a syntax error) still counts as present.</summary>
    public void MarkPresent(string word) => _present.Add(word);

    public BoundEntry? First(string word)
    {
        foreach (var entry in _entries)
        {
            if (entry.Spec.Word == word)
            {
                return entry;
            }
        }

        return null;
    }

    public IEnumerable<BoundEntry> All(string word) => _entries.Where(entry => entry.Spec.Word == word);

    /// <summary>The value of a slot of the first such entry, or the schema's default, or null.</summary>
    public BoundValue? Value(string word, int slot = 0)
    {
        var entry = First(word);
        if (entry is not null)
        {
            return entry[slot];
        }

        if (IsPresent(word))
        {
            return null;
        }

        var spec = Spec.Find(word);
        return spec is not null && slot == 0 ? DefaultValues.Get(spec, Owner) : null;
    }
}
