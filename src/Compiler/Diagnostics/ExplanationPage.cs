using System;
using System.Collections.Concurrent;
using System.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// The shape of the page `topo explain CODE` prints: a title line, the severity, then the
/// sections of the code's Markdown file ("## What it checks", "## Why it matters", "## Example",
/// "## Fix"). Kept in one place so the SARIF renderer can lift a section out of the page it wrote.
/// </summary>
internal static class ExplanationPage
{
    public const string ChecksHeading = "What it checks";

    // Composed on first use: only `topo explain`, `topo reference` and SARIF output read pages.
    private static readonly ConcurrentDictionary<string, string> Composed = new(StringComparer.Ordinal);

    public static string For(DiagnosticDescriptor descriptor) =>
        Composed.GetOrAdd(
            descriptor.Code,
            code => Compose(code, descriptor.DefaultSeverity, descriptor.Title, ExplanationResource.Read(code)));

    public static string Compose(string code, DiagnosticSeverity severity, string title, string body)
    {
        var page = new StringBuilder();
        page.Append("# ").Append(code).Append(": ").Append(title).Append("\n\n");
        page.Append("Severity: ").Append(DiagnosticText.SeverityWord(severity)).Append("\n\n");
        page.Append(body.ReplaceLineEndings("\n").Trim('\n')).Append('\n');
        if (severity == DiagnosticSeverity.Warning)
        {
            page.Append('\n').Append(WarningSwitches(code));
        }

        return page.ToString();
    }

    /// <summary>The text of one "## heading" section, its lines joined into one paragraph.</summary>
    public static string? Section(string page, string heading)
    {
        var marker = "## " + heading + "\n";
        var start = page.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += marker.Length;
        var end = page.IndexOf("\n## ", start, StringComparison.Ordinal);
        var text = end < 0 ? page[start..] : page[start..end];
        return string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    // Every warning's page says how to silence or harden it, so the catalog cannot forget one.
    private static string WarningSwitches(string code) =>
        $"## Severity switches\n`--nowarn {code}` hides this warning; `--error {code}` or `--warnaserror` makes it an error.\n";
}
