using System.IO;
using TopoLang.Compiler;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Emit;

public sealed class EmitterGoldenTests
{
    [Fact]
    public void Emitted_file_of_the_example_matches_the_golden_file()
    {
        var entry = Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo");

        var file = TopoCompilation.FromFile(entry).Emit().Code;

        // The #line directives hold the path the compiler was given; the golden file holds it
        // relative to the repository, so that it does not depend on where the clone is.
        var text = file.Text.Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, string.Empty);
        Golden.AssertMatches(Path.Combine(RepositoryPaths.TestCases, "emit", "DatacenterTopology.g.cs.golden"), text);
    }
}
