using System.IO;
using System.Linq;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Validators;

/// <summary>eng/install-test-tools.sh installs the package of every tool a test runs, and .ci/run uses it.</summary>
public sealed class InstallScriptTests
{
    private static string Script => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "eng", "install-test-tools.sh"));

    [Fact]
    public void Installs_the_package_of_every_test_tool()
    {
        var missing = TestTools.All.Select(tool => tool.DebianPackage).Distinct()
            .Where(package => !Script.Split('\n').Any(line => line.TrimStart().StartsWith(package + " ", System.StringComparison.Ordinal)))
            .ToList();

        Assert.True(missing.Count == 0, "eng/install-test-tools.sh does not install: " + string.Join(", ", missing));
    }

    [Fact]
    public void Ci_runs_the_install_script_and_refuses_skipped_tests()
    {
        var ci = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".ci", "run"));

        Assert.Contains("bash eng/install-test-tools.sh", ci);
        Assert.Contains("export CI=true", ci);
        Assert.Contains("\"$skipped\" -ne 0", ci);
    }
}
