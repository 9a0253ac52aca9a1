using System.Collections.Generic;
using TopoLang.Compiler.Binding.Schema;

namespace TopoLang.Compiler.Documentation;

/// <summary>How an entry is written, from its schema: `disk NAME SIZE [{ ... }]`, `hypervisor kvm [VERSION] { ... }`.</summary>
internal static class EntryForm
{
    public static string Of(EntrySpec entry, string? key = null)
    {
        var parts = new List<string> { entry.Word };
        for (var index = 0; index < entry.Slots.Length; index++)
        {
            var slot = entry.Slots[index];
            var written = index == 0 && key is not null ? key : SlotName(slot);
            parts.Add(slot.Optional ? "[" + written + "]" : written);
        }

        var block = entry.Block switch
        {
            BlockRequirement.Required => "{ ... }",
            BlockRequirement.Optional => "[{ ... }]",
            _ => null,
        };
        if (block is not null)
        {
            parts.Add(block);
        }

        return string.Join(" ", parts);
    }

    public static string SlotName(SlotSpec slot) => slot.Name.ToUpperInvariant();
}
