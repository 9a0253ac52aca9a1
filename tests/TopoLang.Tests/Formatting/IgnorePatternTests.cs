using TopoLang.Compiler.Formatting;

namespace TopoLang.Tests.Formatting;

/// <summary>`.topofmtignore` lines match as .gitignore lines do.</summary>
public sealed class IgnorePatternTests
{
    [Theory]
    [InlineData("*.topo", "a/b/c.topo", false, true)]
    [InlineData("Cases/", "tests/Cases", true, true)]
    [InlineData("Cases/", "tests/Cases", false, false)]
    [InlineData("tests/Cases/", "other/tests/Cases", true, false)]
    [InlineData("/lab.topo", "lab.topo", false, true)]
    [InlineData("/lab.topo", "x/lab.topo", false, false)]
    [InlineData("a/**/z.topo", "a/z.topo", false, true)]
    [InlineData("a/**/z.topo", "a/b/c/z.topo", false, true)]
    [InlineData("a/*.input.topo", "a/x.input.topo", false, true)]
    [InlineData("a/*.input.topo", "a/b/x.input.topo", false, false)]
    public void Pattern_matches_as_in_gitignore(string pattern, string path, bool isFolder, bool expected)
    {
        Assert.Equal(expected, IgnorePattern.Parse(pattern)!.Matches(path, isFolder));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    public void Blank_and_comment_lines_are_no_pattern(string line)
    {
        Assert.Null(IgnorePattern.Parse(line));
    }
}
