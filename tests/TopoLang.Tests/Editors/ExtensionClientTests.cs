namespace TopoLang.Tests.Editors;

/// <summary>
/// The extension's client (editors/vscode/extension.js): what it asks vscode-languageclient to
/// start, and how it finds `topo` first (server-command.js). Its node tests run under node's test
/// runner, the client against stand-ins for the modules only VS Code provides.
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
    public void The_client_starts_topo_lsp_over_stdio_restarts_it_on_new_settings_and_reports_a_missing_topo()
    {
        var result = VsCodeExtension.RunNode("--test", "test/extension.test.js");

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Contains("# fail 0", result.Out);
    }
}
