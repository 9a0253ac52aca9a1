using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// Appends text as a <see cref="StringBuilder"/> does, but as UTF-8 straight into the writer of
/// the file it goes to (<see cref="GeneratedFile.WrittenBy"/>): a fleet's C# model and drawings
/// are tens of megabytes of text, which a builder holds as twice their bytes in chunks of chars
/// before they are encoded. The bytes are those of encoding the whole text at once, a surrogate
/// pair split between two appends included; <see cref="Close"/> ends the text.
/// </summary>
internal sealed class Utf8Builder
{
    // Text is encoded at most this many chars at a time, so that a span of the output holds it.
    private const int PieceChars = 8 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _spareBytes;

    private readonly IBufferWriter<byte> _output;
    private Encoder? _encoder;

    // The last char went to the encoder as the first half of a pair: the next must follow it there.
    private bool _pairPending;

    public Utf8Builder(IBufferWriter<byte> output) => _output = output;

    /// <summary>The text <paramref name="write"/> appends, ended (<see cref="Close"/>), into <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, Action<Utf8Builder> write)
    {
        var text = new Utf8Builder(output);
        write(text);
        text.Close();
    }

    /// <summary>The text <paramref name="write"/> appends, as a string.</summary>
    /// <remarks>
    /// Its bytes go into a buffer the thread keeps (a fleet's xl.cfg files quote a few names
    /// each); a call made while the buffer is in use, from inside <paramref name="write"/>, gets one of its own.
    /// </remarks>
    public static string TextOf(Action<Utf8Builder> write)
    {
        var bytes = _spareBytes ?? new ArrayBufferWriter<byte>();
        _spareBytes = null;
        try
        {
            bytes.ResetWrittenCount();
            Write(bytes, write);
            return Utf8Text.Encoding.GetString(bytes.WrittenSpan);
        }
        finally
        {
            _spareBytes = bytes;
        }
    }

    public Utf8Builder Append(string? text) => Append(text.AsSpan());

    public Utf8Builder Append(string text, int start, int count) => Append(text.AsSpan(start, count));

    public Utf8Builder Append(char c)
    {
        if (c < 0x80 && !_pairPending)
        {
            _output.GetSpan(1)[0] = (byte)c;
            _output.Advance(1);
            return this;
        }

        return Append(new ReadOnlySpan<char>(in c));
    }

    public Utf8Builder Append(int value) => Append((long)value);

    /// <summary>The number's invariant digits.</summary>
    public Utf8Builder Append(long value)
    {
        if (_pairPending)
        {
            return Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var span = _output.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        _output.Advance(written);
        return this;
    }

    public Utf8Builder Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var piece = text[..Math.Min(PieceChars, text.Length)];
            text = text[piece.Length..];
            if (!_pairPending)
            {
                // Most text is ASCII, a byte per char, without the encoder.
                var span = _output.GetSpan(piece.Length);
                Ascii.FromUtf16(piece, span, out var ascii);
                _output.Advance(ascii);
                piece = piece[ascii..];
            }

            if (!piece.IsEmpty)
            {
                Encode(piece, flush: false);
                _pairPending = char.IsHighSurrogate(piece[^1]);
            }
        }

        return this;
    }

    /// <summary>Ends the text: a first half of a pair left at its end is written as the encoding writes a lone one.</summary>
    public void Close()
    {
        if (_pairPending)
        {
            Encode(ReadOnlySpan<char>.Empty, flush: true);
            _pairPending = false;
        }
    }

    private void Encode(ReadOnlySpan<char> text, bool flush)
    {
        var encoder = _encoder ??= Utf8Text.Encoding.GetEncoder();
        while (true)
        {
            var span = _output.GetSpan(Utf8Text.Encoding.GetMaxByteCount(Math.Min(text.Length, PieceChars)) + 4);
            encoder.Convert(text, span, flush, out var charsUsed, out var bytesUsed, out var completed);
            _output.Advance(bytesUsed);
            text = text[charsUsed..];
            if (text.IsEmpty && (completed || !flush))
            {
                return;
            }
        }
    }
}
