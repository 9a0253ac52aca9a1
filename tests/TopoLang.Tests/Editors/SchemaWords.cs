using System;
using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Documentation;

namespace TopoLang.Tests.Editors;

/// <summary>The words the schema gives a meaning, gathered from every block it reaches (the blocks of docs/reference.md).</summary>
public static class SchemaWords
{
    private static IEnumerable<EntrySpec> Entries =>
        SchemaSections.Of(TopoSchema.File).SelectMany(section => section.Spec.EntryList);

    /// <summary>Entries that open a block: `host`, `cpu`, `hypervisor`, `dom0`, `quota`, ...</summary>
    public static IReadOnlySet<string> BlockKinds => Words(Entries.Where(entry => entry.BlockSpec is not null || !entry.BlockVariants.IsEmpty));

    /// <summary>Entries whose first value declares a name somewhere: `host NAME`, `guest NAME`, `disk NAME SIZE`, ...</summary>
    public static IReadOnlySet<string> Declaring => Words(Entries.Where(entry => entry.Declares is not null));

    /// <summary>Entries whose first value names something declared elsewhere: `nic NETWORK`, `cloud CLOUD` in a deployment, ...</summary>
    public static IReadOnlySet<string> Referring => Words(Entries.Where(entry => entry.Slots.Length > 0 && entry.Slots[0].Spec is ReferenceSpec));

    /// <summary>The words of every fixed set, in lists too: `kvm`, `virtio`, `high-memory-server`, ...</summary>
    public static IReadOnlySet<string> EnumWords =>
        Entries.SelectMany(entry => entry.Slots).SelectMany(slot => EnumWordsOf(slot.Spec)).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> EnumWordsOf(ValueSpec spec) => spec switch
    {
        EnumSpec words => words.Words,
        ListSpec list => EnumWordsOf(list.Element),
        _ => Enumerable.Empty<string>(),
    };

    private static HashSet<string> Words(IEnumerable<EntrySpec> entries) => entries.Select(entry => entry.Word).ToHashSet(StringComparer.Ordinal);
}
