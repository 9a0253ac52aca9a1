namespace TopoLang.Tests.Editors;

/// <summary>
/// How the extension's client finds `topo` before it starts the language server
/// (editors/vscode/server-command.js, tested by test/server-command.test.js under node's test runner).
/// </summary>
public sealed class ExtensionClientTests
{
    [SkippableFact]
    public void The_extension_finds_topo_or_says_what_to_do()
    {
        var result = VsCodeExtension.RunNode("--test", "test/server-command.test.js");

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Contains("# fail 0", result.Out);
    }

    [SkippableFact]
    public void The_client_script_is_valid_javascript()
    {
        var result = VsCodeExtension.RunNode("--check", "extension.js");

        Assert.True(result.ExitCode == 0, result.Combined);
    }
}
