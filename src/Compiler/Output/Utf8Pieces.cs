using System;
using System.Buffers;
using System.Text;

using TopoLang.Compiler.Emit;

namespace TopoLang.Compiler.Output;

/// <summary>
/// A text's UTF-8 bytes (no byte order mark), a piece at a time, through one pooled buffer. A
/// build writes files from a few hundred bytes up to the plan's 130 MB: encoding a file whole
/// would allocate its bytes again (three times over, for the largest, when rented to the
/// encoder's worst case), where a piece of <see cref="PieceBytes"/> is reused for all of them.
/// </summary>
internal static class Utf8Pieces
{
    public const int PieceBytes = 64 * 1024;

    // Whole characters only: a piece never holds half of a surrogate pair's encoding.
    private const int PieceChars = PieceBytes / 3 - 1;

    /// <summary>What to do with one piece, found at <paramref name="offset"/> in the whole; false stops the walk.</summary>
    public delegate bool PieceAction<TState>(TState state, ReadOnlySpan<byte> piece, long offset);

    /// <summary>Hands bytes already encoded to <paramref name="action"/> in pieces of the same size, for a caller that compares them piece by piece.</summary>
    public static bool ForEach<TState>(ReadOnlyMemory<byte> utf8, TState state, PieceAction<TState> action)
    {
        for (var offset = 0; offset < utf8.Length; offset += PieceBytes)
        {
            if (!action(state, utf8.Span.Slice(offset, Math.Min(PieceBytes, utf8.Length - offset)), offset))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text's length in bytes.</summary>
    public static long ByteCount(string text) => Utf8Text.Encoding.GetByteCount(text);

    /// <summary>Hands each piece of the text's bytes, in order, to <paramref name="action"/>; false when it stopped the walk.</summary>
    public static bool ForEach<TState>(string text, TState state, PieceAction<TState> action)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(PieceBytes);
        try
        {
            long offset = 0;
            for (var start = 0; start < text.Length;)
            {
                var length = Math.Min(PieceChars, text.Length - start);
                if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
                {
                    length--; // its low half starts the next piece: keep the pair together
                }

                var count = Utf8Text.Encoding.GetBytes(text.AsSpan(start, length), buffer);
                if (!action(state, buffer.AsSpan(0, count), offset))
                {
                    return false;
                }

                start += length;
                offset += count;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
