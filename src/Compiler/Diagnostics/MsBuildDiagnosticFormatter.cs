using System.IO;

namespace TopoLang.Compiler.Diagnostics;

// Placeholder until the diagnostics branch lands.
public sealed class MsBuildDiagnosticFormatter
{
    public void Write(TextWriter writer, Diagnostic diagnostic)
    {
        var start = diagnostic.Location.Start;
        var end = diagnostic.Location.End;
        var severity = diagnostic.IsError ? "error" : "warning";
        writer.WriteLine($"{diagnostic.Location.Path}({start.Line},{start.Column},{end.Line},{end.Column}): {severity} {diagnostic.Code}: {diagnostic.Message}");
    }
}
