using System.Globalization;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// What a diagnostic code means: its default severity, a short title, the message format
/// (composite format, invariant culture), a help line and the page `topo explain` prints.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Code,
    DiagnosticSeverity DefaultSeverity,
    string Title,
    string MessageFormat,
    string Help,
    string Explanation)
{
    public string FormatMessage(object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
