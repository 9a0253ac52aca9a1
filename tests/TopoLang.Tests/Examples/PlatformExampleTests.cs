using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Examples;

/// <summary>
/// The example of each platform (examples/NAME/NAME.topo) checks clean. The QEMU lab keeps the one
/// warning every QEMU host without acceleration gets (TOPO2004, "emulation is slow"): emulation is
/// what the lab is for, and its README silences it with `--nowarn TOPO2004`.
/// </summary>
public sealed class PlatformExampleTests
{
    [Theory]
    [InlineData("qemu-lab", "TOPO2004")]
    [InlineData("cloudstack", "")]
    [InlineData("kt-g2", "")]
    [InlineData("openstack-private", "")]
    public void The_example_checks_without_a_diagnostic_but_the_expected_one(string example, string expected)
    {
        var compilation = TopoCompilation.FromFile(Path.Combine(RepositoryPaths.Examples, example, example + ".topo"));

        var codes = compilation.GetDiagnostics().Select(diagnostic => diagnostic.Code);

        Assert.Equal(expected.Length == 0 ? Enumerable.Empty<string>() : new[] { expected }, codes);
    }
}
