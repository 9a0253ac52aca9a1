using System;
using System.IO;

namespace TopoLang.Tests.LanguageServer;

/// <summary>
/// How a real client starts the built `topo lsp`: the test project references src/Cli, so topo.dll
/// sits next to the tests; the `dotnet` that runs the tests runs it.
/// </summary>
public static class BuiltServer
{
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static string TopoDll => Path.Combine(AppContext.BaseDirectory, "topo.dll");

    /// <summary>The command and its arguments, as vscode-languageclient would run it (it adds `--stdio`).</summary>
    public static string[] Command => new[] { Dotnet, TopoDll, "lsp", "--stdio" };
}
