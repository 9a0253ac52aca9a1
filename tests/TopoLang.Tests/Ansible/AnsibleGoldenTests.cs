using System.IO;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Ansible;

/// <summary>The data center's inventory and playbook, byte for byte (TOPO_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class AnsibleGoldenTests
{
    private static string GoldenFolder => Path.Combine(RepositoryPaths.TestCases, "artifacts", "ansible", "datacenter");

    [Theory]
    [InlineData(ArtifactPaths.AnsibleInventory)]
    [InlineData(ArtifactPaths.AnsiblePlaybook)]
    public void The_datacenter_file_matches_its_golden_copy(string relativePath)
    {
        // Built as `topo build examples/datacenter/datacenter.topo -o out` writes it, from the repository root.
        var compilation = RepositoryTopologies.Compile(Path.GetRelativePath(RepositoryPaths.Root, RepositoryTopologies.Datacenter));
        var result = compilation.Emit(outputDirectory: Path.Combine(RepositoryPaths.Root, "out", "datacenter"));

        Golden.AssertMatches(Path.Combine(GoldenFolder, Path.GetFileName(relativePath)), AnsibleOutput.Text(result, relativePath));
    }
}
