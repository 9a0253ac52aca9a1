using TopoLang.Compiler;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Hosting;

/// <summary>
/// A check reads an ASCII topology through its bytes: the string of its text, twice the file's
/// size, is made only when something needs it whole (a diagnostic's excerpt, the language server).
/// </summary>
public sealed class AsciiTextTests
{
    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void Checking_a_valid_topology_never_makes_the_string_of_its_text(string path)
    {
        var compilation = RepositoryTopologies.Compile(path);

        Assert.False(compilation.SyntaxTree.Text.HasText);
    }
}
