using System;
using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Documentation;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.LanguageServer.Features;

/// <summary>
/// `textDocument/completion` from the schema and the symbols: at the start of a statement the
/// entries the block takes; after an entry's word, what its value may be there: its enum words,
/// `true`/`false`, the CPU flags of the declared vendor (and the common ones), or the declared
/// names of the kind it refers to. The client filters by what is typed.
/// </summary>
internal static class CompletionFeature
{
    private static readonly string[] TopLevelKeywords = { "topology", "namespace", "import", "param", "for" };

    public static CompletionList At(DocumentContext context, Position position)
    {
        var block = BlockContext.At(context.Text, context.OffsetOf(position));
        if (block.Spec is not { } spec)
        {
            return new CompletionList(false, Array.Empty<CompletionItem>());
        }

        var items = block.AtStatementStart ? Entries(spec, block.AtTopLevel) : Values(context, block, spec);
        return new CompletionList(false, items.ToArray());
    }

    private static IEnumerable<CompletionItem> Entries(BlockSpec spec, bool topLevel)
    {
        var entries = spec.EntryList.Select(entry =>
            new CompletionItem(entry.Word, CompletionItemKind.Keyword, EntryForm.Of(entry), MarkupContent.Markdown(EntryDocumentation.Markdown(entry, spec))));
        var keywords = (topLevel ? TopLevelKeywords : new[] { "for" }).Select(keyword => new CompletionItem(keyword, CompletionItemKind.Keyword, "keyword"));
        return entries.Concat(keywords);
    }

    private static IEnumerable<CompletionItem> Values(DocumentContext context, BlockContext block, BlockSpec spec)
    {
        if (spec.Find(block.Words[0]) is not { } entry || block.ValueIndex >= entry.Slots.Length)
        {
            return Enumerable.Empty<CompletionItem>();
        }

        var value = entry.Slots[block.ValueIndex].Spec;
        if (value is ListSpec list)
        {
            value = list.Element;
        }

        return value switch
        {
            EnumSpec words => words.Words.Select(word => new CompletionItem(word, CompletionItemKind.EnumMember, $"{entry.Word}: one of {string.Join(", ", words.Words)}")),
            BoolSpec => new[] { "true", "false" }.Select(word => new CompletionItem(word, CompletionItemKind.Value, entry.Word)),
            CpuFlagSpec => CpuFlags.All
                .Where(flag => flag.Vendor is null || block.Vendor is null || flag.Vendor == block.Vendor)
                .Select(flag => new CompletionItem(flag.Name, CompletionItemKind.EnumMember, flag.Description)),
            ReferenceSpec reference => context.Analysis.Compilation.Semantics.Symbols.NamesOf(reference.Kind)
                .Order(StringComparer.Ordinal)
                .Select(name => new CompletionItem(name, CompletionItemKind.Reference, reference.Kind.WithArticle())),
            _ => Enumerable.Empty<CompletionItem>(),
        };
    }
}
