using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// `check --format sarif`: a SARIF 2.1.0 log with one run, for code-scanning tools. Rules are
/// the descriptors the diagnostics use, ordered by code; results keep the order given.
/// </summary>
public sealed class SarifDiagnosticRenderer : IDiagnosticRenderer
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string DefaultInformationUri = "https://github.com/topolang/topolang";

    private readonly string _toolVersion;
    private readonly string _informationUri;

    public SarifDiagnosticRenderer(string toolVersion, string informationUri = DefaultInformationUri)
    {
        _toolVersion = toolVersion;
        _informationUri = informationUri;
    }

    public void Render(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToImmutableArray();
        writer.Write(JsonOutput.Write(indented: true, json => WriteLog(json, list)));
        writer.Write('\n');
    }

    private void WriteLog(Utf8JsonWriter json, ImmutableArray<Diagnostic> diagnostics)
    {
        var rules = diagnostics
            .Select(diagnostic => diagnostic.Descriptor)
            .DistinctBy(descriptor => descriptor.Code)
            .OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal)
            .ToImmutableArray();

        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, rules);
        json.WriteString("columnKind", "utf16CodeUnits");   // docs/language.md, "Grammar": columns count UTF-16 code units
        WriteResults(json, diagnostics, rules);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteTool(Utf8JsonWriter json, ImmutableArray<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "topo");
        json.WriteString("version", _toolVersion);
        json.WriteString("informationUri", _informationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor descriptor)
    {
        json.WriteStartObject();
        json.WriteString("id", descriptor.Code);
        json.WriteString("name", PascalCase(descriptor.Title));
        WriteText(json, "shortDescription", descriptor.Title);
        WriteText(json, "fullDescription", ExplanationPage.Section(descriptor.Explanation, ExplanationPage.ChecksHeading) ?? descriptor.Title);

        // Viewers that render markdown (code scanning) show the whole explain page; plain-text
        // ones get the one-line help.
        json.WriteStartObject("help");
        json.WriteString("text", descriptor.Help);
        json.WriteString("markdown", descriptor.Explanation);
        json.WriteEndObject();

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", DiagnosticText.SeverityWord(descriptor.DefaultSeverity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter json, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<DiagnosticDescriptor> rules)
    {
        var ruleIndex = rules
            .Select((rule, index) => (rule.Code, index))
            .ToDictionary(pair => pair.Code, pair => pair.index, StringComparer.Ordinal);

        json.WriteStartArray("results");
        foreach (var diagnostic in diagnostics)
        {
            WriteResult(json, diagnostic, ruleIndex[diagnostic.Code]);
        }

        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", DiagnosticText.SeverityWord(diagnostic.Severity));
        WriteText(json, "message", diagnostic.Message);
        json.WriteStartArray("locations");
        WriteLocation(json, diagnostic.Location, message: null);
        json.WriteEndArray();
        if (!diagnostic.Related.IsEmpty)
        {
            json.WriteStartArray("relatedLocations");
            foreach (var related in diagnostic.Related)
            {
                WriteLocation(json, related.Location, related.Message);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location, string? message)
    {
        var artifact = SarifArtifactUri.FromPath(location.Path);
        var start = location.Start;
        var end = location.End;

        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", artifact.Uri);
        if (artifact.IsRelative)
        {
            json.WriteString("uriBaseId", SarifArtifactUri.SourceRootBaseId);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", start.Line);
        json.WriteNumber("startColumn", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);   // SARIF's endColumn is exclusive, like ours
        json.WriteEndObject();
        json.WriteEndObject();
        if (message is not null)
        {
            WriteText(json, "message", message);
        }

        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>"KVM without second-level address translation" -> "KvmWithoutSecondLevelAddressTranslation".</summary>
    internal static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            name.Append(startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            startOfWord = false;
        }

        return name.ToString();
    }
}
