using System;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Xen;

/// <summary>The Xen files of examples/datacenter, byte for byte (TOPO_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class XenGoldenTests
{
    private static string GoldenFolder => Path.Combine(RepositoryPaths.TestCases, "artifacts", "xen", "datacenter");

    [Fact]
    public void Datacenter_files_match_the_golden_files()
    {
        var files = XenArtifacts.Write(TopoCompilation.FromFile(RepositoryTopologies.Datacenter).Semantics);

        foreach (var file in files)
        {
            var golden = Path.Combine(GoldenFolder, file.RelativePath);
            if (Golden.Updating)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            }

            Golden.AssertMatches(golden, file.Text);
        }

        // A file the writers stopped writing must not linger as a golden file.
        var goldens = Directory.EnumerateFiles(GoldenFolder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(GoldenFolder, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal);
        Assert.Equal(goldens, files.Select(f => f.RelativePath));
    }
}
