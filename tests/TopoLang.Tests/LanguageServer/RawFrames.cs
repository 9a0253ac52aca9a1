using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace TopoLang.Tests.LanguageServer;

/// <summary>LSP frames written and read by hand, for messages no client library would send.</summary>
public static class RawFrames
{
    public static async Task WriteAsync(Stream stream, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }

    public static async Task<JsonElement> ReadAsync(Stream stream)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one).AsTask().WaitAsync(LspSession.Timeout) == 0)
            {
                throw new EndOfStreamException("the server closed the stream; headers so far: " + header);
            }

            header.Append((char)one[0]);
        }

        var length = int.Parse(header.ToString().Split("Content-Length:")[1].Split("\r\n")[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        await stream.ReadExactlyAsync(body).AsTask().WaitAsync(LspSession.Timeout);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
