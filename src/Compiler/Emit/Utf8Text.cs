using System;
using System.Text;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// The UTF-8 bytes (no byte order mark) of a text built in a <see cref="StringBuilder"/>, encoded
/// from its chunks into one array of the exact size: the same bytes as encoding its string, without
/// making the string. A fleet's playbook, drawings and C# model are tens of megabytes each, held
/// until they are written (<see cref="GeneratedFile.FromUtf8"/>), and a string is twice their bytes.
/// </summary>
internal static class Utf8Text
{
    /// <summary>UTF-8 without a byte order mark: how every file the compiler writes is encoded.</summary>
    internal static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Of(StringBuilder text)
    {
        var encoder = Encoding.GetEncoder();
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += encoder.GetByteCount(chunk.Span, flush: false);
        }

        count += encoder.GetByteCount(ReadOnlySpan<char>.Empty, flush: true);
        encoder.Reset();
        var bytes = new byte[count];
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        encoder.GetBytes(ReadOnlySpan<char>.Empty, bytes.AsSpan(written), flush: true);
        return bytes;
    }
}
