using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TopoLang.Compiler;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Emit;

/// <summary>
/// The C# compiler reads a relative `#line` path from the generated file's own folder, and the
/// SDK embeds the files they name in the PDB (an unopenable one is error CS1504), so a build that
/// writes the C# somewhere else names each .topo file relative to that folder.
/// </summary>
public sealed class LineDirectiveTests
{
    private static readonly Regex LineDirective = new("^#line \\d+ \"(?<path>[^\"]*)\"", RegexOptions.Multiline);

    [Fact]
    public void With_a_code_folder_every_line_directive_names_a_file_that_exists_from_there()
    {
        var entry = Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo");
        var codeDirectory = Path.Combine(Path.GetTempPath(), "topo-line-test", "obj", "Debug", "topo");

        var code = TopoCompilation.FromFile(entry).Emit(codeDirectory).Code.Text;

        var paths = LineDirective.Matches(code).Select(m => m.Groups["path"].Value).Distinct().ToList();
        Assert.Equal(2, paths.Count);
        Assert.All(paths, path =>
        {
            Assert.False(Path.IsPathRooted(path), path);
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(codeDirectory, path))), path);
        });
        // The prelude is no file: its providers keep the doc comment and get no directive.
        Assert.DoesNotContain("\"<prelude>", code);
        Assert.Contains("declared in &lt;prelude&gt;/prelude.topo", code);
    }

    [Fact]
    public void Without_a_code_folder_the_paths_are_the_ones_given()
    {
        var entry = Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo");

        var code = TopoCompilation.FromFile(entry).Emit().Code.Text;

        Assert.Contains($"#line 43 \"{entry}\"", code);
    }
}
