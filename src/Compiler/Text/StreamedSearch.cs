using System;

namespace TopoLang.Compiler.Text;

/// <summary>
/// The searches of <see cref="SourceChars"/> over a streamed text: each block searched as the
/// span it is, and a text that runs across the seam of two blocks compared a character at a time.
/// </summary>
/// <remarks>
/// A block's span may be the thread's block read again (<see cref="StreamedAscii.Block"/>), which
/// the next block read on the thread replaces: each span here is used before another is asked for.
/// </remarks>
internal static class StreamedSearch
{
    public static int IndexOf(StreamedAscii text, byte value, int start)
    {
        for (var index = start < text.Length ? text.BlockOf(start) : text.BlockCount; index < text.BlockCount; index++)
        {
            var from = Math.Max(start, text.BlockStart(index));
            var found = text.Block(index)[(from - text.BlockStart(index))..].IndexOf(value);
            if (found >= 0)
            {
                return from + found;
            }
        }

        return -1;
    }

    public static int IndexOf(StreamedAscii text, ReadOnlySpan<byte> value, int start)
    {
        if (value.IsEmpty)
        {
            return Math.Min(start, text.Length);
        }

        for (var index = start < text.Length ? text.BlockOf(start) : text.BlockCount; index < text.BlockCount; index++)
        {
            var blockStart = text.BlockStart(index);
            var from = Math.Max(start, blockStart);
            var found = text.Block(index)[(from - blockStart)..].IndexOf(value);
            if (found >= 0)
            {
                return from + found;
            }

            // The places where a match would run into the next block.
            var blockEnd = Math.Min(blockStart + text.BlockSize, text.Length);
            for (var position = Math.Max(from, blockEnd - value.Length + 1); position < blockEnd; position++)
            {
                if (StartsWith(text, position, value))
                {
                    return position;
                }
            }
        }

        return -1;
    }

    /// <summary>The last <paramref name="value"/> at or before <paramref name="position"/>; -1 when none.</summary>
    public static int LastIndexOf(StreamedAscii text, byte value, int position)
    {
        var last = Math.Min(position, text.Length - 1);
        for (var index = last >= 0 ? text.BlockOf(last) : -1; index >= 0; index--)
        {
            var blockStart = text.BlockStart(index);
            var found = text.Block(index)[..(last - blockStart + 1)].LastIndexOf(value);
            if (found >= 0)
            {
                return blockStart + found;
            }

            last = blockStart - 1;
        }

        return -1;
    }

    /// <summary>The start of the last <paramref name="value"/> lying wholly before <paramref name="end"/>; -1 when none.</summary>
    public static int LastIndexOf(StreamedAscii text, ReadOnlySpan<byte> value, int end)
    {
        end = Math.Min(end, text.Length);
        for (var index = end > 0 ? text.BlockOf(end - 1) : -1; index >= 0; index--)
        {
            if (LastStartingIn(text, index, value, end) is var found and >= 0)
            {
                return found;
            }
        }

        return -1;
    }

    /// <summary>
    /// For each of <paramref name="values"/> (ASCII), the start of its last place lying wholly
    /// before <paramref name="end"/> (-1 when none), found in one pass from the end: each block is
    /// read once for all of them, where a search each would read the file again for each.
    /// </summary>
    public static void LastIndexOfEach(StreamedAscii text, string[] values, int end, Span<int> found)
    {
        end = Math.Min(end, text.Length);
        found.Fill(-1);
        var needles = new byte[values.Length][];
        for (var i = 0; i < values.Length; i++)
        {
            needles[i] = System.Text.Encoding.ASCII.GetBytes(values[i]);
        }

        var missing = values.Length;
        for (var index = end > 0 ? text.BlockOf(end - 1) : -1; index >= 0 && missing > 0; index--)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (found[i] < 0 && LastStartingIn(text, index, needles[i], end) is var place and >= 0)
                {
                    found[i] = place;
                    missing--;
                }
            }
        }
    }

    /// <summary>The start of the last <paramref name="value"/> that starts in block <paramref name="index"/> and lies wholly before <paramref name="end"/>; -1 when none.</summary>
    private static int LastStartingIn(StreamedAscii text, int index, ReadOnlySpan<byte> value, int end)
    {
        if (value.IsEmpty || value.Length > end)
        {
            return value.IsEmpty ? end : -1;
        }

        var blockStart = text.BlockStart(index);
        var blockEnd = Math.Min(blockStart + text.BlockSize, text.Length);

        // The places where a match would run from this block into the next come after any inside it.
        for (var position = Math.Min(blockEnd - 1, end - value.Length); position > blockEnd - value.Length && position >= blockStart; position--)
        {
            if (StartsWith(text, position, value))
            {
                return position;
            }
        }

        var found = text.Block(index)[..(Math.Min(end, blockEnd) - blockStart)].LastIndexOf(value);
        return found >= 0 ? blockStart + found : -1;
    }

    public static int Count(StreamedAscii text, byte value)
    {
        var count = 0;
        for (var index = 0; index < text.BlockCount; index++)
        {
            count += text.Block(index).Count(value);
        }

        return count;
    }

    /// <summary>Widens the characters from <paramref name="start"/> into <paramref name="chars"/>.</summary>
    public static void CopyTo(StreamedAscii text, int start, Span<char> chars)
    {
        var copied = 0;
        while (copied < chars.Length)
        {
            var position = start + copied;
            var index = text.BlockOf(position);
            var block = text.Block(index)[(position - text.BlockStart(index))..];
            var count = Math.Min(block.Length, chars.Length - copied);
            System.Text.Ascii.ToUtf16(block[..count], chars.Slice(copied, count), out _);
            copied += count;
        }
    }

    public static bool StartsWith(StreamedAscii text, int position, ReadOnlySpan<byte> value)
    {
        if (position < 0 || position > text.Length - value.Length)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (text[position + i] != value[i])
            {
                return false;
            }
        }

        return true;
    }
}
