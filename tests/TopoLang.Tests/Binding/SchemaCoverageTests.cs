using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Binding;

public sealed class SchemaCoverageTests
{
    [Fact]
    public void Every_entry_of_the_schema_appears_in_a_valid_test_input()
    {
        var covered = new HashSet<(string Block, string Word)>();
        foreach (var path in ValidInputs())
        {
            var compilation = TopoCompilation.Create(SourceText.From(File.ReadAllText(path), path), new TopoCompilationOptions { ProjectRoot = Path.GetDirectoryName(path), Diagnostics = BindingInputs.Options, KeepBoundBlocks = true });
            Assert.Empty(compilation.GetDiagnostics());
            Collect(compilation.Binding.Root, covered);
        }

        var missing = AllEntries(TopoSchema.File, new HashSet<BlockSpec>()).Where(pair => !covered.Contains(pair)).ToList();

        Assert.True(missing.Count == 0, "Not exercised by a valid input: " + string.Join(", ", missing.Select(m => $"{m.Word} in {m.Block}")));
    }

    private static IEnumerable<string> ValidInputs() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.TestCases, "binding"), "near-miss-*.topo")
            .Append(Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo"));

    private static void Collect(BoundBlock block, HashSet<(string, string)> covered)
    {
        foreach (var entry in block.Entries)
        {
            covered.Add((block.Spec.Description, entry.Spec.Word));
            if (entry.Block is not null)
            {
                Collect(entry.Block, covered);
            }
        }
    }

    private static IEnumerable<(string Block, string Word)> AllEntries(BlockSpec block, HashSet<BlockSpec> seen)
    {
        if (!seen.Add(block))
        {
            yield break;
        }

        foreach (var entry in block.EntryList)
        {
            yield return (block.Description, entry.Word);
            foreach (var child in entry.BlockVariants.Values.Append(entry.BlockSpec).OfType<BlockSpec>())
            {
                foreach (var pair in AllEntries(child, seen))
                {
                    yield return pair;
                }
            }
        }
    }
}
