namespace TopoLang.Tests.Editors;

/// <summary>
/// The grammar under the libraries VS Code tokenizes with (vscode-textmate, vscode-oniguruma):
/// editors/vscode/test/grammar.test.js, which prints each failure.
/// </summary>
public sealed class GrammarTokenizationTests
{
    [SkippableFact]
    public void Every_example_is_scoped_throughout_and_the_fixture_gets_its_expected_scopes()
    {
        var result = VsCodeExtension.RunNode("test/grammar.test.js");

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Contains("example file(s) fully scoped", result.Out);
    }
}
