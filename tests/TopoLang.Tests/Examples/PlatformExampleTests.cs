using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Examples;

/// <summary>
/// The example of each platform (examples/NAME/NAME.topo) checks without any diagnostic, the QEMU
/// lab too: its guests are all of another architecture than its host, so emulation is no choice
/// there and TOPO2004 does not apply.
/// </summary>
public sealed class PlatformExampleTests
{
    [Theory]
    [InlineData("qemu-lab")]
    [InlineData("cloudstack")]
    [InlineData("kt-g2")]
    [InlineData("openstack-private")]
    public void The_example_checks_without_a_diagnostic(string example)
    {
        var compilation = TopoCompilation.FromFile(Path.Combine(RepositoryPaths.Examples, example, example + ".topo"));

        var diagnostics = compilation.GetDiagnostics().Select(diagnostic => $"{diagnostic.Code}: {diagnostic.Message}");

        Assert.Empty(diagnostics);
    }
}
