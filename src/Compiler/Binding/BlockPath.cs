using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Schema;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// How messages name a block: "host 'kvm-01'", "'cpu' of host 'kvm-01'". Kept as a chain and
/// formatted only when a diagnostic needs it: most blocks never appear in a message.
/// </summary>
internal sealed class BlockPath
{
    public static readonly BlockPath TopLevel = new(null, null, ImmutableArray<BoundValue?>.Empty);

    private readonly BlockPath? _parent;
    private readonly EntrySpec? _spec;
    private readonly ImmutableArray<BoundValue?> _slots;

    private BlockPath(BlockPath? parent, EntrySpec? spec, ImmutableArray<BoundValue?> slots)
    {
        _parent = parent;
        _spec = spec;
        _slots = slots;
    }

    public BlockPath Child(EntrySpec spec, ImmutableArray<BoundValue?> slots) => new(this, spec, slots);

    public override string ToString()
    {
        if (_spec is null)
        {
            return "the top level";
        }

        if (_spec.Declares is not null && _slots.Length > 0 && _slots[0] is WordValue name)
        {
            return $"{_spec.Word} '{name.Word}'";
        }

        var word = Word(_spec, _slots);
        return _parent is null || _parent._spec is null ? $"'{word}'" : $"'{word}' of {_parent}";
    }

    /// <summary>The entry's word, with the value that selects its block: `scale out`, `hypervisor kvm`.</summary>
    public static string Word(EntrySpec spec, ImmutableArray<BoundValue?> slots) =>
        !spec.BlockVariants.IsEmpty && slots.Length > 0 && slots[0] is WordValue key ? $"{spec.Word} {key.Word}" : spec.Word;
}
