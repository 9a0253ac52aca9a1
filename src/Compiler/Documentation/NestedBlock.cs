using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;

namespace TopoLang.Compiler.Documentation;

/// <summary>
/// A block an entry opens: `cpu { }`, or one variant of an entry whose block depends on its first
/// value (`hypervisor kvm { }`, `scale out { }`), which then gets a title of its own.
/// </summary>
internal sealed record NestedBlock(EntrySpec Entry, string? Key, BlockSpec Spec)
{
    public string Title => Key is null ? Entry.Word : Entry.Word + " " + Key;

    /// <summary>How the entry is written: its values as SLOT names (the key in its place), then its block.</summary>
    public string Form => EntryForm.Of(Entry, Key);

    public static IEnumerable<NestedBlock> Of(BlockSpec block)
    {
        foreach (var entry in block.EntryList)
        {
            if (!entry.BlockVariants.IsEmpty)
            {
                foreach (var key in VariantOrder(entry))
                {
                    yield return new NestedBlock(entry, key, entry.BlockVariants[key]);
                }
            }
            else if (entry.BlockSpec is not null)
            {
                yield return new NestedBlock(entry, null, entry.BlockSpec);
            }
        }
    }

    /// <summary>The variants in the order the key's words are listed (kvm, qemu, xen), any others after them.</summary>
    public static IEnumerable<string> VariantOrder(EntrySpec entry)
    {
        var listed = entry.Slots.Length > 0 && entry.Slots[0].Spec is EnumSpec words ? words.Words : default;
        var ordered = listed.IsDefault ? Enumerable.Empty<string>() : listed.Where(entry.BlockVariants.ContainsKey);
        return ordered.Concat(entry.BlockVariants.Keys.Except(ordered).OrderBy(key => key, System.StringComparer.Ordinal));
    }
}
