using System.Collections.Generic;
using System.IO;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// The MSBuild canonical form, one line per diagnostic, so IDEs and CI pick it up:
/// `path(line,col,endLine,endCol): error TOPO2001: message`.
/// </summary>
public sealed class MsBuildDiagnosticFormatter : IDiagnosticRenderer
{
    public static string Format(Diagnostic diagnostic) =>
        $"{DiagnosticText.FullPosition(diagnostic.Location)}: {DiagnosticText.SeverityWord(diagnostic.Severity)} " +
        $"{diagnostic.Code}: {DiagnosticText.OneLine(diagnostic.Message)}";

    public void Render(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            // "\n", not WriteLine: the same bytes on every OS.
            writer.Write(Format(diagnostic));
            writer.Write('\n');
        }
    }
}
