using System.IO;
using System.Linq;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Heat;

/// <summary>The example's templates, kept under Cases/artifacts/heat (TOPO_UPDATE_GOLDEN=1 rewrites them), and their determinism.</summary>
public sealed class HeatGoldenTests
{
    private const string Example = "examples/datacenter/datacenter.topo";

    private static string GoldenFolder => Path.Combine(RepositoryPaths.TestCases, "artifacts", "heat");

    [Fact]
    public void The_example_templates_match_the_golden_files()
    {
        var files = HeatArtifacts.FromFile(Example);
        foreach (var file in files)
        {
            var golden = Path.Combine(GoldenFolder, file.RelativePath);
            if (Golden.Updating)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            }

            Golden.AssertMatches(golden, file.Text);
        }

        var expected = files.Select(file => file.RelativePath).Order(System.StringComparer.Ordinal);
        var kept = Directory.GetFiles(GoldenFolder, "*.hot.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(GoldenFolder, path).Replace('\\', '/'))
            .Order(System.StringComparer.Ordinal);
        Assert.Equal(expected, kept);
    }

    [Fact]
    public void Two_writes_give_the_same_bytes()
    {
        var first = HeatArtifacts.FromFile(Example);
        var second = HeatArtifacts.FromFile(Example);

        Assert.Equal(first.Select(file => file.RelativePath), second.Select(file => file.RelativePath));
        Assert.Equal(first.Select(file => file.Text), second.Select(file => file.Text));
    }
}
