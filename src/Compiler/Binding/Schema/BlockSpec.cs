using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;

namespace TopoLang.Compiler.Binding.Schema;

/// <summary>
/// The entries one kind of block takes, in the order the schema lists them (so that what is
/// derived from it, like "missing entry" reports, comes out in a fixed order). <see cref="Misplaced"/>
/// lists words that belong to another kind of block and earn their own code instead of TOPO1001
/// (a `guest` inside Xen is TOPO3007).
/// </summary>
public sealed record BlockSpec
{
    public BlockSpec(string description, ImmutableArray<EntrySpec> entryList)
    {
        Description = description;
        EntryList = entryList;
        Entries = entryList.ToImmutableDictionary(e => e.Word, System.StringComparer.Ordinal);
        _byWord = entryList.ToFrozenDictionary(e => e.Word, System.StringComparer.Ordinal);
    }

    // Every entry of every block is looked up here: a frozen table hashes a word faster than the immutable one.
    private readonly FrozenDictionary<string, EntrySpec> _byWord;

    public string Description { get; init; }

    public ImmutableArray<EntrySpec> EntryList { get; }

    public ImmutableDictionary<string, EntrySpec> Entries { get; }

    public ImmutableDictionary<string, string> Misplaced { get; init; } = ImmutableDictionary<string, string>.Empty;

    public EntrySpec? Find(string word) => _byWord.TryGetValue(word, out var entry) ? entry : null;

    public BlockSpec WithEntry(EntrySpec entry) => new(Description, EntryList.Where(e => e.Word != entry.Word).Append(entry).ToImmutableArray()) { Misplaced = Misplaced };
}
