using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Documentation;

/// <summary>docs/plan-schema.md tells the truth about the plan the compiler writes.</summary>
public sealed class PlanSchemaDocumentTests
{
    private static string Document => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "plan-schema.md"));

    [Fact]
    public void The_kinds_row_lists_exactly_the_step_kinds_the_compiler_has()
    {
        var row = Document.Split('\n').Single(line => line.StartsWith("| `steps[].kind` |", System.StringComparison.Ordinal));
        var documented = Regex.Matches(row.Split('|')[2], "`([^`]+)`").Select(match => match.Groups[1].Value);

        Assert.Equal(StepKinds().Order(), documented.Order());
    }

    [Fact]
    public void The_example_counts_are_those_of_the_datacenter_example()
    {
        var counts = Regex.Match(Document, "\"counts\": (\\{[^}]*\\})");
        Assert.True(counts.Success, "plan-schema.md has no \"counts\" object in its example");
        var documented = JsonSerializer.Deserialize<Dictionary<string, int>>(counts.Groups[1].Value)!;

        var actual = TopoCompilation.FromFile(RepositoryTopologies.Datacenter).Plan().Summary.Counts;

        Assert.Equal(actual.OrderBy(c => c.Key), documented.OrderBy(c => c.Key));
    }

    private static IEnumerable<string> StepKinds() =>
        typeof(PlanStepKinds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!);
}
