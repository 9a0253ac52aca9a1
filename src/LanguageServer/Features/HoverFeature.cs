using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.Compiler.Validation.Capacity;
using TopoLang.LanguageServer.Protocol;
using TopoLang.LanguageServer.Workspace;

namespace TopoLang.LanguageServer.Features;

/// <summary>
/// `textDocument/hover`: what is known of the place, each part its own section: the diagnostics
/// there with their explanation (`topo explain`), the name there (kind, where declared, and for a
/// host its vCPUs and memory in use against available), and the entry word there (its schema).
/// </summary>
internal static class HoverFeature
{
    public static Hover? At(DocumentContext context, Position position)
    {
        var offset = context.OffsetOf(position);
        var token = TokenAt.Find(context.Text, offset);
        var sections = new List<string>();
        sections.AddRange(DiagnosticSections(context, offset));
        if (NameTargets.At(context.Analysis, context.Text, offset) is { } target)
        {
            sections.Add(NameSection(context, target));
        }
        else if (token is { Kind: SyntaxKind.Identifier } word && EntrySection(context.Text, word) is { } entry)
        {
            sections.Add(entry);
        }

        if (sections.Count == 0)
        {
            return null;
        }

        var range = token is { } found ? TextPositions.ToRange(context.Text, found.Span) : null;
        return new Hover(MarkupContent.Markdown(string.Join("\n\n---\n\n", sections)), range);
    }

    private static IEnumerable<string> DiagnosticSections(DocumentContext context, int offset) =>
        context.Analysis.DiagnosticsOf(context.Document.FullPath)
            .Where(diagnostic => diagnostic.Location.Span.Start <= offset && offset <= diagnostic.Location.Span.End)
            .Select(diagnostic => $"**{diagnostic.Code}**: {diagnostic.Message}\n\n{diagnostic.Help}\n\n"
                + Compiler.Diagnostics.ExplanationPage.For(diagnostic.Descriptor).Replace("\n# ", "\n### ").Replace("## ", "#### ").TrimStart('#', ' '));

    private static string NameSection(DocumentContext context, NameTarget target)
    {
        var where = context.LocationOf(target.Declaration) is { } declared
            ? $"declared at {System.IO.Path.GetFileName(context.Analysis.PathOf(target.Declaration.Source))}:{declared.Range.Start.Line + 1}"
            : "declared in the prelude";
        var lines = new List<string> { $"**{target.Kind}** `{target.Name}` ({where}; {target.References.Length} reference{(target.References.Length == 1 ? string.Empty : "s")})" };
        if (target.Symbol is { Kind: Compiler.Binding.Schema.EntityKind.Host })
        {
            lines.AddRange(HostFacts(context, target.Name));
        }
        else if (target.Symbol is { Kind: Compiler.Binding.Schema.EntityKind.Guest or Compiler.Binding.Schema.EntityKind.DomU })
        {
            lines.AddRange(GuestFacts(context, target.Name));
        }

        return string.Join("\n\n", lines);
    }

    /// <summary>The host's capacity as TOPO4001/4002 compute it: what its guests use against what it has.</summary>
    private static IEnumerable<string> HostFacts(DocumentContext context, string name)
    {
        var semantics = context.Analysis.Compilation.Semantics;
        var host = semantics.Model.Hosts.FirstOrDefault(candidate => candidate.Name.Value == name);
        if (host is null || semantics.HostCapacities.For(host) is not { } capacity)
        {
            yield break;
        }

        var threads = CapacityText.Threads(capacity.Cpu);
        yield return $"- vCPUs: **{capacity.NeededVcpus} in use of {capacity.AvailableVcpus} available** ({threads} = {capacity.Threads} threads x cpu ratio {CapacityText.Ratio(capacity.Ratios.Cpu)}{CapacityText.RoundedDown(capacity.AvailableVcpusRoundedDown)})\n"
            + $"- memory: **{CapacityText.Size(capacity.NeededMemory)} in use of {CapacityText.Size(capacity.AvailableMemory)} available** (({CapacityText.Size(capacity.Memory)} - {CapacityText.Size(capacity.ReservedMemory)} reserved) x ram ratio {CapacityText.Ratio(capacity.Ratios.Ram)}{CapacityText.RoundedDown(capacity.AvailableMemoryRoundedDown)})";
    }

    /// <summary>What a guest of a host asks of it, against what the host has (nested guests are their parent guest's business).</summary>
    private static IEnumerable<string> GuestFacts(DocumentContext context, string name)
    {
        foreach (var capacity in context.Analysis.Compilation.Semantics.HostCapacities.All)
        {
            if (capacity.Hypervisor.Guests.FirstOrDefault(guest => guest.Name.Value == name) is { } guest)
            {
                var vcpus = guest.Vcpus is { } count ? $"{count.Value} vCPUs" : "no vCPUs known";
                var memory = guest.Memory is { } size ? CapacityText.Size(size.Value) : "no memory known";
                yield return $"- on host `{capacity.Host.Name.Value}`: **{vcpus} and {memory}** of its {capacity.AvailableVcpus} vCPUs and {CapacityText.Size(capacity.AvailableMemory)} available ({capacity.NeededVcpus} vCPUs and {CapacityText.Size(capacity.NeededMemory)} in use by all it runs)";
                yield break;
            }
        }
    }

    /// <summary>The schema's documentation of an entry word, in the kind of block it is written in.</summary>
    private static string? EntrySection(SourceText text, Compiler.Syntax.SyntaxToken word)
    {
        var block = BlockContext.At(text, word.Start);
        return block is { AtStatementStart: true, Spec: { } spec } && spec.Find(text.ToString(word.Span)) is { } entry
            ? EntryDocumentation.Markdown(entry, spec)
            : null;
    }
}
