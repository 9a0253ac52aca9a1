using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using TopoLang.Compiler.Syntax;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Editors;

/// <summary>editors/vscode/package.json names files that exist and agrees with itself, the grammar and the lexer.</summary>
public sealed class ExtensionManifestTests
{
    private static readonly JsonObject Manifest = VsCodeExtension.Manifest;

    private static JsonObject Contributes => Manifest["contributes"]!.AsObject();

    private static JsonObject Language => Contributes["languages"]!.AsArray().Single()!.AsObject();

    private static JsonObject GrammarContribution => Contributes["grammars"]!.AsArray().Single()!.AsObject();

    [Fact]
    public void Main_grammar_and_language_configuration_exist()
    {
        Assert.All(
            new[] { Manifest["main"], GrammarContribution["path"], Language["configuration"] }.Select(path => path!.GetValue<string>()),
            path => Assert.True(File.Exists(Path.Combine(VsCodeExtension.Folder, path)), $"editors/vscode/package.json names {path}, which does not exist"));
    }

    [Fact]
    public void The_grammar_is_contributed_for_the_topo_language_under_its_own_scope_name()
    {
        Assert.Equal("topolang", Manifest["name"]!.GetValue<string>());
        Assert.Contains(".topo", Language["extensions"]!.AsArray().Select(extension => extension!.GetValue<string>()));
        Assert.Equal(Language["id"]!.GetValue<string>(), GrammarContribution["language"]!.GetValue<string>());
        Assert.Equal("source.topo", GrammarContribution["scopeName"]!.GetValue<string>());
        Assert.Equal(TextMateGrammar.Load().ScopeName, GrammarContribution["scopeName"]!.GetValue<string>());
        Assert.Contains("onLanguage:" + Language["id"]!.GetValue<string>(), Manifest["activationEvents"]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    [Fact]
    public void The_server_command_is_a_setting_that_defaults_to_topo_lsp()
    {
        var properties = Contributes["configuration"]!["properties"]!.AsObject();

        Assert.Equal("topo", properties["topolang.server.path"]!["default"]!.GetValue<string>());
        Assert.Equal(new[] { "lsp" }, properties["topolang.server.args"]!["default"]!.AsArray().Select(arg => arg!.GetValue<string>()));
    }

    [Fact]
    public void The_lock_file_holds_the_packages_the_manifest_asks_for()
    {
        var locked = VsCodeExtension.ReadJson("package-lock.json")["packages"]![""]!;

        foreach (var section in new[] { "dependencies", "devDependencies" })
        {
            Assert.Equal(Manifest[section]!.ToJsonString(), locked[section]!.ToJsonString());
        }

        Assert.Contains("vscode-languageclient", Manifest["dependencies"]!.AsObject().Select(p => p.Key));
        Assert.Equal(new[] { "@vscode/vsce", "vscode-oniguruma", "vscode-textmate" }, Manifest["devDependencies"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Comments_are_the_lexers_comments()
    {
        var comments = VsCodeExtension.ReadJson("language-configuration.json")["comments"]!;
        var line = comments["lineComment"]!.GetValue<string>();
        var block = comments["blockComment"]!.AsArray().Select(part => part!.GetValue<string>()).ToArray();

        Assert.Equal(TriviaKind.LineComment, TriviaScanner.ScanOne(line + " note", 0)?.Kind);
        Assert.Equal(TriviaKind.BlockComment, TriviaScanner.ScanOne(block[0] + " note " + block[1], 0)?.Kind);
        Assert.Equal(("/* note */").Length, TriviaScanner.ScanOne(block[0] + " note " + block[1] + " host", 0)?.Span.Length);
    }

    [Fact]
    public void Brackets_are_the_lexers_and_auto_closing_covers_them_strings_and_interpolation()
    {
        var configuration = VsCodeExtension.ReadJson("language-configuration.json");
        var brackets = configuration["brackets"]!.AsArray().Select(pair => pair![0]!.GetValue<string>() + pair[1]!.GetValue<string>());
        var closing = configuration["autoClosingPairs"]!.AsArray().Select(pair => pair!["open"]!.GetValue<string>() + pair["close"]!.GetValue<string>());

        Assert.Equal(new[] { Text(SyntaxKind.OpenBrace) + Text(SyntaxKind.CloseBrace), Text(SyntaxKind.OpenBracket) + Text(SyntaxKind.CloseBracket) }, brackets);
        Assert.Superset(brackets.Append("\"\"").Append("${}").ToHashSet(), closing.ToHashSet());
    }

    [Fact]
    public void The_install_script_installs_the_extensions_npm_packages()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "eng", "install-test-tools.sh"));
        var list = script[(script.IndexOf("npm_folders=(", StringComparison.Ordinal) + "npm_folders=(".Length)..];
        var folders = list[..list.IndexOf("\n)", StringComparison.Ordinal)].Split('\n').Select(line => line.Split('#')[0].Trim());

        Assert.Contains("editors/vscode", folders);
    }

    private static string Text(SyntaxKind kind) => SyntaxFacts.GetDisplayText(kind).Trim('\'');
}
