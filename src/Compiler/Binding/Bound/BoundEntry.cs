using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Bound;

/// <summary>
/// One entry after binding. A slot is null when its value is missing or in error (already
/// reported): whoever reads it skips it rather than report again.
/// </summary>
public sealed record BoundEntry(EntrySpec Spec, SourceLocation WordLocation, ImmutableArray<BoundValue?> Slots, BoundBlock? Block)
{
    public BoundValue? this[int slot] => slot < Slots.Length ? Slots[slot] : null;

    /// <summary>The word that keys a keyed entry (`out` in `scale out`).</summary>
    public string? Key => Spec.KeyedByFirstValue && this[0] is WordValue word ? word.Word : null;

    /// <summary>The declared name, when the entry declares one.</summary>
    public string? Name => Spec.Declares is not null && this[0] is WordValue word ? word.Word : null;

    public SourceLocation? NameLocation => Spec.Declares is not null ? this[0]?.Location : null;
}
