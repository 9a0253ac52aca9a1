using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Documentation;

namespace TopoLang.LanguageServer.Features;

/// <summary>An entry's documentation from the schema, as docs/reference.md gives it: its form, its values, whether it is required, its default and note.</summary>
internal static class EntryDocumentation
{
    public static string Markdown(EntrySpec entry, BlockSpec block)
    {
        var lines = new List<string> { $"**`{EntryForm.Of(entry)}`** in {block.Description}", string.Empty };
        lines.AddRange(entry.Slots.Select(slot => $"- `{EntryForm.SlotName(slot)}`{(slot.Optional ? " (optional)" : string.Empty)}: {ValueDescription.Of(slot.Spec)}"));
        var facts = new List<string>();
        if (entry.Required)
        {
            facts.Add("Required.");
        }
        else if (entry.RequiredUnless is { } unless)
        {
            facts.Add($"Required unless `{unless}` is given.");
        }

        if (entry.Repeatable)
        {
            facts.Add("May appear more than once.");
        }

        if (entry.Default is { } defaultValue)
        {
            facts.Add($"Default: `{defaultValue}`.");
        }

        if (entry.Note is { } note)
        {
            facts.Add(char.ToUpperInvariant(note[0]) + note[1..] + (note.EndsWith('.') ? string.Empty : "."));
        }

        if (facts.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add(string.Join(" ", facts));
        }

        return string.Join("\n", lines).TrimEnd();
    }
}
