using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// `check --format json` (docs/language.md, "The `topo` command"): exactly one compact document and a newline, even
/// with no diagnostics. Fields keep the contract's order (code, severity, file, line, column,
/// endLine, endColumn, message) and then add help and related, always present so consumers
/// need no schema branches.
/// </summary>
public sealed class JsonDiagnosticRenderer : IDiagnosticRenderer
{
    public void Render(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        writer.Write(JsonOutput.Write(indented: false, json => WriteDocument(json, diagnostics)));
        writer.Write('\n');
    }

    private static void WriteDocument(Utf8JsonWriter json, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartObject();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", DiagnosticText.SeverityWord(diagnostic.Severity));
        WriteLocation(json, diagnostic.Location);
        json.WriteString("message", diagnostic.Message);
        json.WriteString("help", diagnostic.Help);
        json.WriteStartArray("related");
        foreach (var related in diagnostic.Related)
        {
            json.WriteStartObject();
            WriteLocation(json, related.Location);
            json.WriteString("message", related.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        var start = location.Start;
        var end = location.End;
        json.WriteString("file", location.Path);
        json.WriteNumber("line", start.Line);
        json.WriteNumber("column", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
    }
}
