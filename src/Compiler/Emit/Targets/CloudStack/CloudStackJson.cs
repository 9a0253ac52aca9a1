using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// Writes the calls as `{"calls":[{"api":..,"params":{..},"returns":..}]}`. `returns`, where
/// present, is the placeholder by which later calls refer to the id this call creates.
/// </summary>
public static class CloudStackJson
{
    // The file is read by tools, never embedded in HTML: keep non-ASCII text readable.
    // JSON still escapes quotes, backslashes and control characters.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<CloudStackCall> calls)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("calls");
            foreach (var call in calls)
            {
                WriteCall(writer, call);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        // Indentation uses the platform's line ending on .NET 8; every "\r\n" is structural
        // (strings escape theirs), so the file gets "\n" wherever it is built.
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteCall(Utf8JsonWriter writer, CloudStackCall call)
    {
        writer.WriteStartObject();
        writer.WriteString("api", call.Api);
        writer.WriteStartObject("params");
        foreach (var parameter in call.Parameters)
        {
            writer.WriteString(parameter.Name, parameter.Value);
        }

        writer.WriteEndObject();
        if (call.Returns is { } returns)
        {
            writer.WriteString("returns", returns.Text);
        }

        writer.WriteEndObject();
    }
}
