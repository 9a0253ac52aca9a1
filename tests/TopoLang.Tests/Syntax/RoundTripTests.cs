using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Syntax;

/// <summary>Tokens with their trivia give back the source exactly: what `topo fmt` will rely on.</summary>
public sealed class RoundTripTests
{
    public static IEnumerable<object[]> AllTestInputs() =>
        Directory.GetFiles(RepositoryPaths.TestCases, "*.topo", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.Examples, "*.topo", SearchOption.AllDirectories))
            .Select(path => new object[] { Path.GetRelativePath(RepositoryPaths.Root, path) })
            .OrderBy(c => (string)c[0], System.StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(AllTestInputs))]
    public void Every_test_input_round_trips(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));

        Assert.Equal(text, SyntaxTree.Parse(SourceText.From(text)).ToFullString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("host a { @@@ }\r\n// end")]
    [InlineData("\"unterminated\n/* unterminated")]
    [InlineData("\uFEFFhost a {\r\n\tcpu intel\r\n}")]
    [InlineData("[[[[")]
    [InlineData("}}}{{{")]
    public void Odd_inputs_round_trip(string text)
    {
        Assert.Equal(text, SyntaxTree.Parse(SourceText.From(text)).ToFullString());
    }

    [Fact]
    public void Generated_10k_guest_topology_round_trips()
    {
        var text = TopoLang.Generator.TopologyGenerator.Generate(10_000);

        var tree = SyntaxTree.Parse(SourceText.From(text));

        Assert.Equal(text, tree.ToFullString());
        Assert.Empty(tree.Diagnostics);
    }
}
