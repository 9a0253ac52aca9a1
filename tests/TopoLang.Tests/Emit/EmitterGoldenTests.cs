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

        // Written as if to the repository's root: the #line directives and the plan's probe step
        // (inside the compressed image, where no text replacement could reach it) name the .topo
        // files relative to it, so the golden file does not depend on where the clone is.
        var file = TopoCompilation.FromFile(entry).Emit(codeDirectory: RepositoryPaths.Root, outputDirectory: RepositoryPaths.Root).Code;

        Golden.AssertMatches(Path.Combine(RepositoryPaths.TestCases, "emit", "DatacenterTopology.g.cs.golden"), file.Text);
    }
}
