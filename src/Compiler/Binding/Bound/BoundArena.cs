using System.Collections.Generic;
using TopoLang.Compiler.Binding.Schema;
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
    private readonly List<BoundEntry> _entries = new();
    private readonly List<BoundBlock> _blocks = new();
    private readonly List<BlockPath> _paths = new();
    private Position _next;

    public Position Mark() => _next;

    /// <summary>Takes back everything handed out since <paramref name="mark"/>: nothing may hold it any more.</summary>
    public void Release(Position mark) => _next = mark;

    public BoundEntry Entry(EntrySpec spec, SourceLocation wordLocation, BoundValue? first, BoundValue?[]? rest, BoundBlock? block)
    {
        if (_next.Entries < _entries.Count)
        {
            var reused = _entries[_next.Entries];
            reused.Reuse(spec, wordLocation, first, rest, block);
            _next = _next with { Entries = _next.Entries + 1 };
            return reused;
        }

        var created = new BoundEntry(spec, wordLocation, first, rest, block);
        _entries.Add(created);
        _next = _next with { Entries = _next.Entries + 1 };
        return created;
    }

    /// <param name="capacity">The statements written in the block.</param>
    public BoundBlock Block(BlockSpec spec, SourceLocation owner, int capacity)
    {
        if (_next.Blocks < _blocks.Count)
        {
            var reused = _blocks[_next.Blocks];
            reused.Reuse(spec, owner, capacity);
            _next = _next with { Blocks = _next.Blocks + 1 };
            return reused;
        }

        var created = new BoundBlock(spec, owner, capacity);
        _blocks.Add(created);
        _next = _next with { Blocks = _next.Blocks + 1 };
        return created;
    }

    public BlockPath Path(BlockPath parent, EntrySpec spec, BoundValue? first)
    {
        if (_next.Paths < _paths.Count)
        {
            var reused = _paths[_next.Paths];
            reused.Reuse(parent, spec, first);
            _next = _next with { Paths = _next.Paths + 1 };
            return reused;
        }

        var created = parent.Child(spec, first);
        _paths.Add(created);
        _next = _next with { Paths = _next.Paths + 1 };
        return created;
    }

    /// <summary>How many of each kind of object are handed out.</summary>
    public readonly record struct Position(int Entries, int Blocks, int Paths);
}
