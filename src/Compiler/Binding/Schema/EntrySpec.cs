using System.Collections.Immutable;

namespace TopoLang.Compiler.Binding.Schema;

/// <summary>
/// One entry a block takes: its values, its block, and how often it may appear. An entry
/// <see cref="KeyedByFirstValue"/> (like `scale out` / `scale up`) may appear once per key, and
/// its block then depends on the key (<see cref="BlockVariants"/>); so does `hypervisor kvm|xen`.
/// </summary>
public sealed record EntrySpec(string Word, ImmutableArray<SlotSpec> Slots)
{
    public bool Required { get; init; }

    /// <summary>Required unless this other entry of the same block is present (a cloud's `platform` unless `provider`).</summary>
    public string? RequiredUnless { get; init; }

    public bool Repeatable { get; init; }

    public bool KeyedByFirstValue { get; init; }

    /// <summary>The value written when the entry is absent, as TopoLang text (`2 GiB`, `[net, block]`).</summary>
    public string? Default { get; init; }

    /// <summary>A short remark for people, printed in docs/reference.md (`per socket`, `kept for the host`).</summary>
    public string? Note { get; init; }

    public BlockRequirement Block { get; init; }

    /// <summary>The block's schema, or, keyed by the first value's word, one per variant.</summary>
    public BlockSpec? BlockSpec { get; init; }

    public ImmutableDictionary<string, BlockSpec> BlockVariants { get; init; } = ImmutableDictionary<string, BlockSpec>.Empty;

    public int RequiredSlotCount
    {
        get
        {
            var count = 0;
            foreach (var slot in Slots)
            {
                count += slot.Optional ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>The entry's declaration kind when its first value declares a name.</summary>
    public NameSpec? Declares => Slots.Length > 0 ? Slots[0].Spec as NameSpec : null;

    public BlockSpec? BlockFor(string? key) =>
        key is not null && BlockVariants.TryGetValue(key, out var variant) ? variant : BlockSpec;
}
