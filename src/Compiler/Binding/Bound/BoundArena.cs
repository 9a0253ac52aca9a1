using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Bound;

/// <summary>
/// Hands out the bound entries, blocks, block paths and common values of one binder, and takes back those of a
/// top-level entry that was projected onto the model and not kept (<see cref="TopLevelProjection"/>):
/// the next host is bound into the same objects. A fleet's hosts are bound one after the other
/// and each host's bound tree is dead once projected, so recycling it replaces ~85 MB of
/// short-lived objects at 100,000 guests with the objects of the largest host.
/// </summary>
/// <remarks>
/// Objects are handed out in order and taken back by rewinding to a <see cref="Mark"/> taken
/// before the top-level entry was bound; anything handed out before the mark (entries the top
/// level kept, and what they hold) is never handed out again.
/// </remarks>
internal sealed class BoundArena
{
    private readonly RecycledNodes<BoundEntry> _entries = new();
    private readonly RecycledNodes<BoundBlock> _blocks = new();
    private readonly RecycledNodes<BlockPath> _paths = new();
    private readonly RecycledNodes<IntValue> _ints = new();
    private readonly RecycledNodes<SizeValue> _sizes = new();
    private readonly RecycledNodes<StringValue> _strings = new();
    private readonly RecycledNodes<WordValue> _words = new();
    private readonly RecycledNodes<ReferenceValue> _references = new();
    private readonly RecycledNodes<BoundValue?[]> _secondSlots = new();

    public Position Mark() => new(_entries.InUse, _blocks.InUse, _paths.InUse, new ValuesInUse(_ints.InUse, _sizes.InUse, _strings.InUse, _words.InUse, _references.InUse, _secondSlots.InUse));

    /// <summary>Takes back everything handed out since <paramref name="mark"/>: nothing may hold it any more.</summary>
    public void Release(Position mark)
    {
        _entries.ReleaseTo(mark.Entries);
        _blocks.ReleaseTo(mark.Blocks);
        _paths.ReleaseTo(mark.Paths);
        _ints.ReleaseTo(mark.Values.Ints);
        _sizes.ReleaseTo(mark.Values.Sizes);
        _strings.ReleaseTo(mark.Values.Strings);
        _words.ReleaseTo(mark.Values.Words);
        _references.ReleaseTo(mark.Values.References);
        _secondSlots.ReleaseTo(mark.Values.SecondSlots);
    }

    /// <summary>
    /// The array of an entry's values after the first, all null. An entry of two slots
    /// (`os linux "debian-12"`, `disk root 40 GiB`) is the common case and gets a recycled one.
    /// </summary>
    public BoundValue?[] OtherSlots(int length)
    {
        if (length != 1)
        {
            return new BoundValue?[length];
        }

        var slots = _secondSlots.Next(static () => new BoundValue?[1]);
        slots[0] = null;
        return slots;
    }

    public BoundEntry Entry(EntrySpec spec, SourceLocation wordLocation, BoundValue? first, BoundValue?[]? rest, BoundBlock? block)
    {
        if (_entries.TakeFree() is not { } entry)
        {
            return _entries.Add(new BoundEntry(spec, wordLocation, first, rest, block));
        }

        entry.Reuse(spec, wordLocation, first, rest, block);
        return entry;
    }

    /// <param name="capacity">The statements written in the block.</param>
    public BoundBlock Block(BlockSpec spec, SourceLocation owner, int capacity)
    {
        if (_blocks.TakeFree() is not { } block)
        {
            return _blocks.Add(new BoundBlock(spec, owner, capacity));
        }

        block.Reuse(spec, owner, capacity);
        return block;
    }

    public BlockPath Path(BlockPath parent, EntrySpec spec, BoundValue? first)
    {
        if (_paths.TakeFree() is not { } path)
        {
            return _paths.Add(parent.Child(spec, first));
        }

        path.Reuse(parent, spec, first);
        return path;
    }

    // The values: a fleet's guests write about ten each, so they were a third of what binding allocated.
    public IntValue Int(long value, SourceLocation location) => _ints.Next(static () => new IntValue()).Reuse(value, location);

    public SizeValue Size(long bytes, SourceLocation location) => _sizes.Next(static () => new SizeValue()).Reuse(bytes, location);

    /// <param name="value">The text; null for a plain literal kept in its source (<see cref="StringValue.IsKeptInSource"/>).</param>
    public StringValue String(string? value, SourceLocation location) => _strings.Next(static () => new StringValue()).Reuse(value, location);

    public WordValue Word(string word, SourceLocation location) => _words.Next(static () => new WordValue()).Reuse(word, location);

    /// <summary>A reference; what the check at the end needs of it is copied when its entry is collected (<see cref="ReferenceResolver"/>).</summary>
    public ReferenceValue Reference(string name, EntityKind kind, SourceLocation location) =>
        _references.Next(static () => new ReferenceValue()).Reuse(name, kind, location);

    /// <summary>How many of each kind of object are handed out.</summary>
    public readonly record struct Position(int Entries, int Blocks, int Paths, ValuesInUse Values);

    /// <summary>How many of each kind of recycled value are handed out.</summary>
    public readonly record struct ValuesInUse(int Ints, int Sizes, int Strings, int Words, int References, int SecondSlots);
}
