using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Bound;

/// <summary>
/// Hands out the bound entries, blocks and block paths of one binder, and takes back those of a
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

    public Position Mark() => new(_entries.InUse, _blocks.InUse, _paths.InUse);

    /// <summary>Takes back everything handed out since <paramref name="mark"/>: nothing may hold it any more.</summary>
    public void Release(Position mark)
    {
        _entries.ReleaseTo(mark.Entries);
        _blocks.ReleaseTo(mark.Blocks);
        _paths.ReleaseTo(mark.Paths);
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

    /// <summary>How many of each kind of object are handed out.</summary>
    public readonly record struct Position(int Entries, int Blocks, int Paths);
}
