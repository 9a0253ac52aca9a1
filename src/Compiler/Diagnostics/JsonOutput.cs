using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>Writes one JSON document to a string, the same bytes on every OS.</summary>
internal static class JsonOutput
{
    // The default encoder writes every ' as \u0027, and messages are full of 'names'. This JSON
    // goes to files and pipes, never into HTML, which is all the relaxed encoder gives up.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder, Indented = indented }))
        {
            write(json);
        }

        // Indented output breaks lines with Environment.NewLine; raw line breaks appear nowhere
        // else, since strings escape theirs.
        return Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("\r\n", "\n");
    }
}
