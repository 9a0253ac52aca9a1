using System;
using System.IO;
using System.Text.Json.Nodes;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Editors;

/// <summary>The VS Code extension of editors/vscode: its folder, its manifest, and running its node scripts.</summary>
public static class VsCodeExtension
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "editors", "vscode");

    public static JsonObject Manifest => ReadJson("package.json");

    public static JsonObject ReadJson(string relativePath) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, relativePath)))?.AsObject()
            ?? throw new InvalidOperationException($"editors/vscode/{relativePath} is not a JSON object");

    /// <summary>Runs node in the extension's folder, once its npm packages are installed (skips locally, fails in CI otherwise).</summary>
    public static ToolResult RunNode(params string[] arguments)
    {
        ExternalTool.Require(TestTools.Node);
        ExternalTool.RequireNpmPackages(Folder);
        return ExternalTool.RunIn(Folder, TimeSpan.FromMinutes(3), TestTools.Node.Command, arguments);
    }
}
