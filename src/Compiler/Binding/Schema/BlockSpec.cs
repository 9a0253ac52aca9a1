using System;
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
        _byLength = ByLength(entryList);
    }

    // The entries by the length of their word, a few words each: every entry of every block is
    // looked up here, by its string or by its characters in the source (the binder finds each
    // entry's spec without making a string of its word: 100,000 guests have a million entries).
    private readonly EntrySpec[][] _byLength;

    public string Description { get; init; }

    public ImmutableArray<EntrySpec> EntryList { get; }

    public ImmutableDictionary<string, EntrySpec> Entries { get; }

    public ImmutableDictionary<string, string> Misplaced { get; init; } = ImmutableDictionary<string, string>.Empty;

    public EntrySpec? Find(string word) => Find(word.AsSpan());

    /// <summary>As <see cref="Find(string)"/>, for the characters of a word.</summary>
    public EntrySpec? Find(ReadOnlySpan<char> word)
    {
        if (word.Length >= _byLength.Length)
        {
            return null;
        }

        foreach (var entry in _byLength[word.Length])
        {
            if (word.SequenceEqual(entry.Word))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The length of the longest word of an entry of this block.</summary>
    public int LongestWord => _byLength.Length - 1;

    private static EntrySpec[][] ByLength(ImmutableArray<EntrySpec> entries)
    {
        var longest = entries.IsEmpty ? 0 : entries.Max(e => e.Word.Length);
        return Enumerable.Range(0, longest + 1).Select(length => entries.Where(e => e.Word.Length == length).ToArray()).ToArray();
    }

    public BlockSpec WithEntry(EntrySpec entry) => new(Description, EntryList.Where(e => e.Word != entry.Word).Append(entry).ToImmutableArray()) { Misplaced = Misplaced };
}
