using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// The form for people at a terminal: the MSBuild line, the source line with the span
/// underlined, the help line and a note per related location. ANSI colour only when asked;
/// the CLI decides from whether stdout is a terminal and from NO_COLOR.
/// </summary>
public sealed class TerminalDiagnosticRenderer : IDiagnosticRenderer
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Blue = "\u001b[1;34m";
    private const string Cyan = "\u001b[1;36m";

    private readonly bool _useColor;

    public TerminalDiagnosticRenderer(bool useColor = false)
    {
        _useColor = useColor;
    }

    public void Render(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            WriteHeader(writer, diagnostic);
            WriteSnippet(writer, diagnostic);
            WriteHelp(writer, diagnostic);
            WriteNotes(writer, diagnostic);
            writer.Write('\n');
        }
    }

    private void WriteHeader(TextWriter writer, Diagnostic diagnostic)
    {
        writer.Write(Paint(Bold, DiagnosticText.FullPosition(diagnostic.Location)));
        writer.Write(": ");
        writer.Write(Paint(SeverityColor(diagnostic), $"{DiagnosticText.SeverityWord(diagnostic.Severity)} {diagnostic.Code}"));
        writer.Write(": ");
        writer.Write(Paint(Bold, DiagnosticText.OneLine(diagnostic.Message)));
        writer.Write('\n');
    }

    private void WriteSnippet(TextWriter writer, Diagnostic diagnostic)
    {
        var snippet = SourceSnippet.Of(diagnostic.Location);
        var number = snippet.LineNumber.ToString(CultureInfo.InvariantCulture);
        var blank = new string(' ', number.Length);

        writer.Write(Paint(Blue, $" {number} |"));
        writer.Write(' ');
        writer.Write(snippet.Line);
        writer.Write('\n');

        writer.Write(Paint(Blue, $" {blank} |"));
        writer.Write(' ');
        writer.Write(snippet.Padding);
        writer.Write(Paint(SeverityColor(diagnostic), snippet.Underline));
        writer.Write('\n');
    }

    private void WriteHelp(TextWriter writer, Diagnostic diagnostic)
    {
        if (string.IsNullOrEmpty(diagnostic.Help))
        {
            return;
        }

        writer.Write("  = ");
        writer.Write(Paint(Cyan, "help"));
        writer.Write(": ");
        writer.Write(DiagnosticText.OneLine(diagnostic.Help));
        writer.Write('\n');
    }

    private void WriteNotes(TextWriter writer, Diagnostic diagnostic)
    {
        foreach (var related in diagnostic.Related)
        {
            writer.Write("  ");
            writer.Write(Paint(Bold, "note"));
            writer.Write(": ");
            writer.Write(DiagnosticText.StartPosition(related.Location));
            writer.Write(": ");
            writer.Write(DiagnosticText.OneLine(related.Message));
            writer.Write('\n');
        }
    }

    private static string SeverityColor(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error ? Red : Yellow;

    private string Paint(string color, string text) => _useColor ? color + text + Reset : text;
}
