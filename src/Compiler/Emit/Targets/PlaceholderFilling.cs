using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using TopoLang.Compiler.Emit.Targets.CloudStack;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// Writes the operator's values in place of their placeholders, escaped for where the
/// placeholder stands, so that no value can break the file: inside a JSON string (the
/// .cloudstack.json), inside a single-quoted shell word (the .cmk script), or as a whole argv
/// word (a step's command, which no shell reads).
/// </summary>
public static class PlaceholderFilling
{
    public static TargetFile Fill(TargetFile file, OperatorValues values)
    {
        if (file.Placeholders.IsEmpty)
        {
            // Nearly every file of a fleet (a domain, an xl.cfg) has none to fill.
            return file;
        }

        var given = Given(file.Placeholders, values).ToList();
        if (given.Count == 0)
        {
            return file;
        }

        var escape = EscapeFor(file.File.RelativePath);
        var text = given.Aggregate(file.File.Text, (current, pair) => current.Replace(pair.Placeholder.Text, escape(pair.Value), StringComparison.Ordinal));
        return file with { File = file.File with { Text = text } };
    }

    public static string FillWord(string word, IEnumerable<Placeholder> placeholders, OperatorValues values) =>
        Given(placeholders, values).Aggregate(word, (current, pair) => current.Replace(pair.Placeholder.Text, pair.Value, StringComparison.Ordinal));

    private static IEnumerable<(Placeholder Placeholder, string Value)> Given(IEnumerable<Placeholder> placeholders, OperatorValues values)
    {
        foreach (var placeholder in placeholders.Where(p => p.FilledBy == PlaceholderFiller.Operator).DistinctBy(p => p.Name))
        {
            if (values.TryGet(placeholder, out var value))
            {
                yield return (placeholder, value);
            }
        }
    }

    private static Func<string, string> EscapeFor(string path) => Path.GetExtension(path) switch
    {
        ".json" => value => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
        ".cmk" => value => ShellQuote.Quote(value)[1..^1],
        _ => throw new InvalidOperationException($"{path}: no target writes an operator's placeholder into this kind of file."),
    };
}
