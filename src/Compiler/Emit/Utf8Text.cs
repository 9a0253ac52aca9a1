using System;
using System.Buffers;
using System.Text;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// Text encoded as UTF-8 (no byte order mark) straight into the writer of the file it goes to,
/// a span at a time: a fleet's playbook, drawings and C# model are tens of megabytes each, and
/// neither their string (twice their bytes) nor an array of their bytes is ever made.
/// </summary>
internal static class Utf8Text
{
    /// <summary>UTF-8 without a byte order mark: how every file the compiler writes is encoded.</summary>
    internal static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    // A text up to this long is encoded in one call, without an encoder of its own.
    private const int WholeChars = 16 * 1024;

    // Room for any one character's bytes and what the encoder holds back, so that each call converts some.
    private const int MinimumSpan = 16;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _bytesOfThisThread;

    /// <summary>The builder's text as an array of exactly its bytes, for a small file built in a builder shared with others.</summary>
    public static byte[] Of(StringBuilder text)
    {
        // Made in a buffer the thread keeps, then copied out at their size: the count of an
        // encoder that is not flushed does not carry a surrogate pair split between two chunks.
        var bytes = _bytesOfThisThread ??= new ArrayBufferWriter<byte>();
        bytes.Clear();
        Write(text, bytes);
        return bytes.WrittenSpan.ToArray();
    }

    public static void Write(string text, IBufferWriter<byte> output)
    {
        if (text.Length <= WholeChars)
        {
            var span = output.GetSpan(Encoding.GetMaxByteCount(text.Length));
            output.Advance(Encoding.GetBytes(text, span));
            return;
        }

        Write(text, Encoding.GetEncoder(), flush: true, output);
    }

    /// <summary>The builder's text, chunk by chunk; a surrogate pair split between two chunks is encoded whole.</summary>
    public static void Write(StringBuilder text, IBufferWriter<byte> output)
    {
        var encoder = Encoding.GetEncoder();
        foreach (var chunk in text.GetChunks())
        {
            Write(chunk.Span, encoder, flush: false, output);
        }

        Write(ReadOnlySpan<char>.Empty, encoder, flush: true, output);
    }

    private static void Write(ReadOnlySpan<char> text, Encoder encoder, bool flush, IBufferWriter<byte> output)
    {
        while (true)
        {
            var span = output.GetSpan(MinimumSpan);
            encoder.Convert(text, span, flush, out var charsUsed, out var bytesUsed, out var completed);
            output.Advance(bytesUsed);
            text = text[charsUsed..];
            if (text.IsEmpty && (completed || !flush))
            {
                return;
            }
        }
    }
}
