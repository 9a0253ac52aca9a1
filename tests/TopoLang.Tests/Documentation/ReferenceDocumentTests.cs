using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Documentation;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Documentation;

/// <summary>docs/reference.md is the compiler's own tables, written out, and stays so.</summary>
public sealed class ReferenceDocumentTests
{
    private static string ReferencePath => Path.Combine(RepositoryPaths.Root, "docs", "reference.md");

    [Fact]
    public void The_checked_in_reference_is_the_generated_one()
    {
        // Stale? `TOPO_UPDATE_GOLDEN=1 dotnet test` or `topo reference -o docs/reference.md` rewrites it.
        Golden.AssertMatches(ReferencePath, ReferenceDocument.Generate());
    }

    [Fact]
    public void Every_block_the_schema_reaches_has_a_section_with_all_its_entries()
    {
        var sections = SchemaSections.Of(TopoSchema.File).ToDictionary(section => section.Title);

        Assert.All(Reachable(TopoSchema.File), nested =>
        {
            Assert.True(sections.TryGetValue(nested.Title, out var section), $"no section for '{nested.Title}'");
            Assert.Empty(nested.Spec.EntryList.Select(e => e.Word).Except(section!.Spec.EntryList.Select(e => e.Word)));
        });
    }

    [Fact]
    public void Each_title_has_one_section()
    {
        var titles = SchemaSections.Of(TopoSchema.File).Select(section => section.Title).ToList();

        Assert.Equal(titles.Distinct().Count(), titles.Count);
    }

    [Fact]
    public void Every_diagnostic_code_has_a_row_with_its_severity_and_title()
    {
        var reference = ReferenceDocument.Generate();

        Assert.All(DiagnosticCatalog.All, descriptor =>
            Assert.Contains($"| {descriptor.Code} | {DiagnosticText.SeverityWord(descriptor.DefaultSeverity)} | {descriptor.Title} |", reference));
    }

    [Fact]
    public void Every_entry_with_a_default_shows_it()
    {
        var reference = ReferenceDocument.Generate();

        Assert.All(Reachable(TopoSchema.File).SelectMany(nested => nested.Spec.EntryList).Where(entry => entry.Default is not null), entry =>
            Assert.Contains($"| `{entry.Default}` |", reference));
    }

    [Fact]
    public void A_cell_holding_a_pipe_keeps_its_table_row_intact()
    {
        var table = new MarkdownTable("a", "b").Add("x | y", "z");
        var output = new System.Text.StringBuilder();

        table.WriteTo(output);

        Assert.Contains("| x \\| y | z |", output.ToString());
    }

    /// <summary>Every nested block, followed through every variant, each block object once.</summary>
    private static IEnumerable<NestedBlock> Reachable(BlockSpec root)
    {
        var seen = new HashSet<BlockSpec>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<BlockSpec>(new[] { root });
        while (pending.Count > 0)
        {
            foreach (var nested in NestedBlock.Of(pending.Pop()).Where(nested => seen.Add(nested.Spec)))
            {
                pending.Push(nested.Spec);
                yield return nested;
            }
        }
    }
}
