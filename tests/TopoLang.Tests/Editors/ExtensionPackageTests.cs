using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json.Nodes;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Editors;

/// <summary>`vsce package` builds a .vsix that VS Code can install: the manifest, the grammar, the language configuration and the client with its runtime packages.</summary>
public sealed class ExtensionPackageTests
{
    // Packaged once for the class; a skip or a failure is remembered and given to each test.
    private static readonly Lazy<string> Vsix = new(Package);

    [SkippableFact]
    public void Vsce_packages_the_extension_with_its_grammar_configuration_and_client()
    {
        var entries = EntriesOf(Vsix.Value);

        Assert.Contains("extension.vsixmanifest", entries);
        Assert.All(
            new[] { "package.json", "extension.js", "server-command.js", "language-configuration.json", "syntaxes/topo.tmLanguage.json", "LICENSE.txt", "node_modules/vscode-languageclient/package.json", "node_modules/vscode-languageclient/lib/node/main.js" },
            file => Assert.Contains("extension/" + file, entries));
    }

    [SkippableFact]
    public void The_packaged_client_brings_every_package_it_requires()
    {
        using var archive = ZipFile.OpenRead(Vsix.Value);
        var entries = archive.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);

        var client = JsonNode.Parse(archive.GetEntry("extension/node_modules/vscode-languageclient/package.json")!.Open())!;
        var required = client["dependencies"]!.AsObject().Select(dependency => dependency.Key).ToList();

        Assert.NotEmpty(required);
        Assert.All(required, package => Assert.Contains($"extension/node_modules/{package}/package.json", entries));
    }

    [SkippableFact]
    public void The_package_leaves_out_the_tests_and_the_tools_that_build_it()
    {
        var entries = EntriesOf(Vsix.Value);

        Assert.DoesNotContain(entries, entry => entry.StartsWith("extension/test/", StringComparison.Ordinal)
            || entry.StartsWith("extension/node_modules/vscode-textmate/", StringComparison.Ordinal)
            || entry.StartsWith("extension/node_modules/vscode-oniguruma/", StringComparison.Ordinal)
            || entry.StartsWith("extension/node_modules/@vscode/vsce/", StringComparison.Ordinal));
    }

    private static string Package()
    {
        var vsix = Path.Combine(TestTemp.NewFolder("vsix-"), "topolang.vsix");
        var result = VsCodeExtension.RunNode("node_modules/@vscode/vsce/vsce", "package", "--out", vsix);
        if (result.ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException("vsce package failed: " + result.Combined);
        }

        return vsix;
    }

    private static HashSet<string> EntriesOf(string vsix)
    {
        using var archive = ZipFile.OpenRead(vsix);
        return archive.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
    }
}
