using System.Collections.Generic;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Bound;

/// <summary>
/// A block after binding: its entries in source order (loops expanded), and, for entries that
/// were present but broken, their words, so that nothing calls them missing. Blocks are many
/// and small: entries are found by scanning, which beats hashing at these sizes (a block grown
/// large by a loop indexes the entries given once, see <see cref="FindGivenOnce"/>).
/// </summary>
public sealed class BoundBlock
{
    // Past this many entries (a loop can put a million guests in one block), entries given once
    // are found through an index instead: scanning per entry would be quadratic.
    private const int ScanLimit = 32;

    // An array and a count rather than a List: one object less for each of a fleet's blocks.
    private BoundEntry[] _entries;
    private int _count;
    private System.Func<BoundEntry, bool>? _admit;
    private List<string>? _brokenWords;
    private Dictionary<(string Word, string? Key), BoundEntry>? _givenOnce;

    /// <param name="capacity">The statements written in the block, most often its entries: sized once, not grown by doubling.</param>
    /// <param name="admit">Sees each entry as it is added; the block keeps only those it returns true for (the top level, see <see cref="TopLevelProjection"/>).</param>
    public BoundBlock(BlockSpec spec, SourceLocation owner, int capacity = 0, System.Func<BoundEntry, bool>? admit = null)
    {
        Spec = spec;
        Owner = owner;
        _entries = capacity == 0 ? System.Array.Empty<BoundEntry>() : new BoundEntry[capacity];
        _admit = admit;
    }

    public BlockSpec Spec { get; private set; }

    /// <summary>The word of the entry that owns the block (`host`), where TOPO1005 points and defaults sit.</summary>
    public SourceLocation Owner { get; private set; }

    /// <summary>Makes a released block a new, empty one (<see cref="BoundArena"/>); its entry array is kept when large enough.</summary>
    internal void Reuse(BlockSpec spec, SourceLocation owner, int capacity)
    {
        Spec = spec;
        Owner = owner;
        System.Array.Clear(_entries, 0, _count);
        _count = 0;
        if (_entries.Length < capacity)
        {
            _entries = new BoundEntry[capacity];
        }

        _admit = null;
        _brokenWords = null;
        _givenOnce = null;
    }

    public IReadOnlyList<BoundEntry> Entries => new System.ArraySegment<BoundEntry>(_entries, 0, _count);

    /// <summary>The entries without a wrapper, for the hot paths.</summary>
    public System.ReadOnlySpan<BoundEntry> EntrySpan => new(_entries, 0, _count);

    /// <returns>Whether the block kept the entry (see the constructor's admit).</returns>
    public bool Add(BoundEntry entry)
    {
        if (_admit is not null && !_admit(entry))
        {
            return false;
        }

        if (_count == _entries.Length)
        {
            // A loop expands more entries than the block has statements.
            System.Array.Resize(ref _entries, System.Math.Max(4, _count * 2));
        }

        _entries[_count++] = entry;
        if (_givenOnce is not null && !entry.Spec.Repeatable)
        {
            _givenOnce.TryAdd((entry.Spec.Word, entry.Key), entry);
        }

        return true;
    }

    /// <summary>Whether the block sees its entries before keeping them: the top level, whose entries are projected as they come.</summary>
    public bool Admits => _admit is not null;

    /// <summary>The first entry of a spec that is given once (not repeatable) with this key, if any.</summary>
    public BoundEntry? FindGivenOnce(EntrySpec spec, string? key)
    {
        if (_count <= ScanLimit)
        {
            foreach (var existing in EntrySpan)
            {
                if (existing.Spec == spec && existing.Key == key)
                {
                    return existing;
                }
            }

            return null;
        }

        if (_givenOnce is null)
        {
            _givenOnce = new Dictionary<(string, string?), BoundEntry>();
            foreach (var existing in EntrySpan)
            {
                if (!existing.Spec.Repeatable)
                {
                    _givenOnce.TryAdd((existing.Spec.Word, existing.Key), existing);
                }
            }
        }

        return _givenOnce.GetValueOrDefault((spec.Word, key)) is { } found && found.Spec == spec ? found : null;
    }

    /// <summary>An entry that was written but could not be read (a syntax error) still counts as present.</summary>
    public void MarkPresent(string word)
    {
        // Kept once per word: a broken entry in a loop body is marked on every pass.
        _brokenWords ??= new List<string>();
        if (!_brokenWords.Contains(word))
        {
            _brokenWords.Add(word);
        }
    }

    public bool IsPresent(string word) => First(word) is not null || (_brokenWords?.Contains(word) ?? false);

    public BoundEntry? First(string word)
    {
        foreach (var entry in EntrySpan)
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
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Spec.Word == word)
            {
                yield return _entries[i];
            }
        }
    }

    /// <summary>
    /// The value of a slot of the first such entry; when the entry is absent, the schema's
    /// default (whose location is the schema's: readers place it at <see cref="Owner"/>); null
    /// when it is in error or has no default.
    /// </summary>
    public BoundValue? Value(string word, int slot = 0) => Read(word, slot).Value;

    public (BoundValue? Value, bool IsDefault) Read(string word, int slot = 0) =>
        First(word) is { } entry ? (entry[slot], false) : ReadAbsent(word, slot);

    /// <summary>What <see cref="Read"/> gives for a word that has no entry in the block (<see cref="First"/> found none): for a reader that looked already.</summary>
    public (BoundValue? Value, bool IsDefault) ReadAbsent(string word, int slot = 0)
    {
        if (_brokenWords?.Contains(word) ?? false)
        {
            return (null, false);
        }

        var spec = Spec.Find(word);
        return (spec is not null && slot == 0 ? DefaultValues.Get(spec) : null, true);
    }
}
