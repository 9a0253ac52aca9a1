using System.Globalization;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// What a diagnostic code means: its default severity, a short title, the message format
/// (composite format, invariant culture) and a help line. The page `topo explain` prints is read
/// from the code's embedded Markdown file only when asked for: a compile never needs it.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Code,
    DiagnosticSeverity DefaultSeverity,
    string Title,
    string MessageFormat,
    string Help)
{
    public string Explanation => ExplanationPage.For(this);

    internal string FormatMessage(object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
