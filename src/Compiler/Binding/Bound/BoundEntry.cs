using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Bound;

/// <summary>
/// One entry after binding. A slot is null when its value is missing or in error (already
/// reported): whoever reads it skips it rather than report again.
/// </summary>
/// <remarks>
/// The first value is kept in the entry itself and only the others in an array: most entries
/// have one value (`vcpus 2`), and a fleet has millions of entries, so an array each was a
/// quarter of what binding allocated. Read-only to everyone outside binding; the binder
/// recycles the entries of a top-level entry once it is projected (<see cref="BoundArena"/>).
/// </remarks>
public sealed class BoundEntry
{
    private BoundValue? _first;
    private BoundValue?[]? _rest;

    /// <param name="rest">The values after the first, or null when the schema has one slot or none.</param>
    public BoundEntry(EntrySpec spec, SourceLocation wordLocation, BoundValue? first, BoundValue?[]? rest, BoundBlock? block)
    {
        Spec = spec;
        WordLocation = wordLocation;
        _first = first;
        _rest = rest;
        Block = block;
    }

    public EntrySpec Spec { get; private set; }

    public SourceLocation WordLocation { get; private set; }

    public BoundBlock? Block { get; private set; }

    /// <summary>Makes a released entry a new one (<see cref="BoundArena"/>).</summary>
    internal void Reuse(EntrySpec spec, SourceLocation wordLocation, BoundValue? first, BoundValue?[]? rest, BoundBlock? block)
    {
        Spec = spec;
        WordLocation = wordLocation;
        _first = first;
        _rest = rest;
        Block = block;
    }

    /// <summary>The value of a slot; null when missing, in error, or beyond the schema's slots.</summary>
    public BoundValue? this[int slot] => slot == 0 ? _first : _rest is { } rest && slot - 1 < rest.Length ? rest[slot - 1] : null;

    /// <summary>How many slots the schema gives the entry (some may be null).</summary>
    public int SlotCount => Spec.Slots.Length;

    /// <summary>The word that keys a keyed entry (`out` in `scale out`).</summary>
    public string? Key => Spec.KeyedByFirstValue && _first is WordValue word ? word.Word : null;

    /// <summary>The declared name, when the entry declares one.</summary>
    public string? Name => Spec.Declares is not null && _first is WordValue word ? word.Word : null;

    public SourceLocation? NameLocation => Spec.Declares is not null ? _first?.Location : null;
}
