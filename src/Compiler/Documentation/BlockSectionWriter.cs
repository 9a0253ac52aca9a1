using System.Collections.Generic;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Documentation;

/// <summary>One block's section: how it is written, where it may stand, and a row per entry.</summary>
internal static class BlockSectionWriter
{
    public static void Write(StringBuilder output, BlockSection section)
    {
        output.Append("### ").Append(section.Title).Append("\n\n");
        WriteIntroduction(output, section);
        var table = new MarkdownTable("entry", "values", "default", "required", "repeatable", "notes");
        foreach (var entry in section.Spec.EntryList)
        {
            table.Add(Markdown.Code(EntryForm.Of(entry)), Values(entry), Default(entry), Required(entry), Repeatable(entry), entry.Note ?? "");
        }

        table.WriteTo(output);
        WriteMisplaced(output, section.Spec);
    }

    private static void WriteIntroduction(StringBuilder output, BlockSection section)
    {
        if (section.Form is null)
        {
            output.Append("The declarations of a file. Its other statements (`topology`, `namespace`, `import`, `param`, `for`)\n");
            output.Append("are described in docs/language.md.\n\n");
            return;
        }

        output.Append("Written ").Append(Markdown.Code(section.Form));
        if (!section.FoundIn.IsEmpty)
        {
            output.Append(", in ").Append(string.Join(", ", section.FoundIn.Select(Markdown.Link)));
        }

        output.Append(".\n\n");
    }

    private static string Values(EntrySpec entry)
    {
        var parts = entry.Slots.Select(slot => EntryForm.SlotName(slot) + (slot.Optional ? " (optional)" : "") + ": " + ValueDescription.Of(slot.Spec)).ToList();
        var blocks = BlockLinks(entry);
        if (blocks is not null)
        {
            parts.Add((entry.Block == BlockRequirement.Required ? "then a block: " : "then an optional block: ") + blocks);
        }

        return parts.Count == 0 ? "—" : string.Join("; ", parts);
    }

    private static string? BlockLinks(EntrySpec entry)
    {
        if (!entry.BlockVariants.IsEmpty)
        {
            return string.Join(", ", NestedBlock.VariantOrder(entry).Select(key => Markdown.Link(entry.Word + " " + key)));
        }

        return entry.BlockSpec is null ? null : Markdown.Link(entry.Word);
    }

    private static string Default(EntrySpec entry) => entry.Default is null ? "—" : Markdown.Code(entry.Default);

    private static string Required(EntrySpec entry) =>
        entry.Required ? "yes" : entry.RequiredUnless is { } other ? "unless " + Markdown.Code(other) + " is given" : "no";

    private static string Repeatable(EntrySpec entry) =>
        entry.Repeatable ? "yes" : entry.KeyedByFirstValue ? "once per " + EntryForm.SlotName(entry.Slots[0]) : "no";

    /// <summary>Words of other blocks that earn their own code here, instead of "entry not allowed".</summary>
    private static void WriteMisplaced(StringBuilder output, BlockSpec block)
    {
        if (block.Misplaced.IsEmpty)
        {
            return;
        }

        output.Append("Here ").Append(DiagnosticCatalog.XenDomainMisplaced.Code).Append(" (not ").Append(DiagnosticCatalog.EntryNotAllowed.Code).Append(") reports:\n");
        foreach (var (word, reason) in block.Misplaced.OrderBy(pair => pair.Key, System.StringComparer.Ordinal))
        {
            output.Append("- ").Append(Markdown.Code(word)).Append(": ").Append(reason).Append('\n');
        }

        output.Append('\n');
    }
}
