using System;
using System.IO;
using System.Linq;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.LanguageServer;

/// <summary>
/// `topo lsp` driven by vscode-jsonrpc and vscode-languageserver-protocol, VS Code's own client
/// libraries (tests/clients/lsp/client-test.js): diagnostics, hover, definition, references,
/// completion, symbols, rename, code actions, formatting, errors and shutdown over real stdio.
/// </summary>
public sealed class NodeClientTests
{
    private static string ClientFolder => Path.Combine(RepositoryPaths.Root, "tests", "clients", "lsp");

    [SkippableFact]
    public void The_vscode_client_libraries_pass_every_check_against_the_built_server()
    {
        ExternalTool.Require(TestTools.Node);
        ExternalTool.RequireNpmPackages(ClientFolder);
        var root = ExampleCopy.Datacenter();

        var result = ExternalTool.Run(TimeSpan.FromSeconds(150), TestTools.Node, new[] { Path.Combine(ClientFolder, "client-test.js"), root }.Concat(BuiltServer.Command).ToArray());

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Contains("all checks passed", result.Out);
        Assert.DoesNotContain("not ok", result.Out);
    }
}
