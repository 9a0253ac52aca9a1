using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TopoLang.Tests.Editors;

/// <summary>
/// editors/vscode/syntaxes/topo.tmLanguage.json, read by its repository rules. The rules' regular
/// expressions use only what Oniguruma (VS Code's engine) and .NET read alike (classes,
/// look-around, alternation), so a rule's match can be tried here on one line without node.
/// </summary>
public sealed class TextMateGrammar
{
    private readonly JsonObject _repository;

    private TextMateGrammar(JsonObject grammar)
    {
        ScopeName = grammar["scopeName"]?.GetValue<string>() ?? throw new InvalidOperationException("the grammar has no scopeName");
        _repository = grammar["repository"]?.AsObject() ?? throw new InvalidOperationException("the grammar has no repository");
    }

    public static string RelativePath => Path.Combine("syntaxes", "topo.tmLanguage.json");

    public static TextMateGrammar Load() => new(VsCodeExtension.ReadJson(RelativePath));

    public string ScopeName { get; }

    /// <summary>The rule's match on <paramref name="line"/>, as Regex.Match finds it (the first match).</summary>
    public Match Match(string rule, string line) => new Regex(Pattern(rule)).Match(line);

    /// <summary>The scope the rule gives its capture group <paramref name="group"/>.</summary>
    public string CaptureScope(string rule, int group) =>
        Rule(rule)["captures"]?[group.ToString(System.Globalization.CultureInfo.InvariantCulture)]?["name"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"rule '{rule}' names no scope for capture {group}");

    /// <summary>
    /// The words of the rule's word list: its first group that is nothing but words separated by
    /// `|`, as in `(true|false)`. The lists are written that way so that they can be compared
    /// with the compiler's.
    /// </summary>
    public IReadOnlySet<string> Words(string rule)
    {
        var list = Regex.Match(Pattern(rule), @"\((?<words>[A-Za-z0-9_-]+(?:\|[A-Za-z0-9_-]+)+)\)");
        if (!list.Success)
        {
            throw new InvalidOperationException($"rule '{rule}' has no word list (a group such as `(a|b|c)`)");
        }

        return list.Groups["words"].Value.Split('|').ToHashSet(StringComparer.Ordinal);
    }

    private string Pattern(string rule) =>
        Rule(rule)["match"]?.GetValue<string>() ?? throw new InvalidOperationException($"rule '{rule}' has no match pattern");

    private JsonObject Rule(string rule) =>
        _repository[rule]?.AsObject() ?? throw new InvalidOperationException($"the grammar has no rule '{rule}'");
}
