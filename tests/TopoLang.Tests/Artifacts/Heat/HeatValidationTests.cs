using System.IO;
using System.Linq;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Heat;

/// <summary>
/// Heat 19's own template and stack validation (tests/validators/heat, offline)
/// accepts the template of every OpenStack deployment of every valid topology. One run for all
/// files: starting Heat takes seconds.
/// </summary>
public sealed class HeatValidationTests
{
    [SkippableFact]
    public void Every_template_of_every_valid_topology_passes_Heat_validation()
    {
        var folder = Directory.CreateTempSubdirectory("topo-heat-");
        try
        {
            var paths = RepositoryTopologies.Valid()
                .SelectMany((topology, index) => HeatArtifacts.WriteAll(folder, HeatArtifacts.FromFile(topology), index + "-" + Path.GetFileNameWithoutExtension(topology)))
                .ToList();
            Assert.True(paths.Count >= 2, "the example alone has two OpenStack deployments");

            var result = HeatArtifacts.RunHeatCheck(paths);

            Assert.True(result.ExitCode == 0, result.Combined);
            var passed = result.Out.Split('\n').Where(line => line.StartsWith("OK ", System.StringComparison.Ordinal)).ToList();
            Assert.True(paths.Count == passed.Count, result.Combined);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
