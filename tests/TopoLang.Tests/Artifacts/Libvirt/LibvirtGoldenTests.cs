using System;
using System.IO;
using System.Linq;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>The libvirt files of examples/datacenter, byte for byte (TOPO_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class LibvirtGoldenTests
{
    private static string GoldenFolder => Path.Combine(RepositoryPaths.TestCases, "artifacts", "libvirt", "datacenter");

    [Fact]
    public void Datacenter_files_match_their_golden_copies()
    {
        var files = LibvirtArtifacts.Write(LibvirtArtifacts.SemanticsOf(Path.GetRelativePath(RepositoryPaths.Root, RepositoryTopologies.Datacenter)));

        foreach (var file in files)
        {
            var golden = Path.Combine(GoldenFolder, file.RelativePath);
            if (Golden.Updating)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            }

            Golden.AssertMatches(golden, file.Text);
        }

        var written = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.GetFiles(GoldenFolder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(GoldenFolder, path).Replace('\\', '/'))
            .Where(path => !written.Contains(path))
            .ToList();
        Assert.True(stale.Count == 0, "golden files no longer written (delete them): " + string.Join(", ", stale));
    }
}
