using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// Reads a source file as UTF-8. Bytes that are not UTF-8 become U+FFFD and one TOPO0001 says
/// where the first one was, so that any readable file gives diagnostics, never an exception.
/// </summary>
public static class SourceFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Large enough that a file is a few reads, small enough to stay out of the large object heap.
    private const int ChunkBytes = 64 * 1024;

    // Below this, a second thread costs more than it saves.
    private const long ParallelMinimumBytes = 1024 * 1024;

    /// <summary>Reads <paramref name="path"/>; I/O errors (missing, unreadable) propagate to the caller, who reports them as usage errors.</summary>
    public static (SourceText Text, Diagnostic? Encoding) Read(string path)
    {
        // Valid UTF-8, nearly every file, is decoded a chunk at a time straight into its string:
        // the whole file as bytes beside it would be one more large object that outlives its use
        // (17 MB for a 100,000-guest file). Anything else takes the way that can say where it broke.
        if (TryReadValid(path) is { } text)
        {
            return (SourceText.From(text, path), null);
        }

        return Decode(File.ReadAllBytes(path), path);
    }

    private static string? TryReadValid(string path)
    {
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(file);
            if (length > int.MaxValue)
            {
                return null;
            }

            var parts = Split(file, length);
            var chars = InParts(parts.Length, index => CountChars(file, parts[index]));
            var total = 0L;
            foreach (var count in chars)
            {
                total += count;
            }

            return total <= int.MaxValue ? DecodeParts(file, parts, chars, (int)total) : null;
        }
        catch (Exception exception) when (exception is DecoderFallbackException or ArgumentException or InvalidDataException)
        {
            return null; // not UTF-8, or the file changed between the two reads
        }
    }

    /// <summary>
    /// The file's bytes in one part, or, when it is large and a core is free, two that split at
    /// the start of a character. Writing the text's fresh memory is most of the time a read takes
    /// (a large file's text is twice its size in UTF-16), and two cores write it in about half.
    /// </summary>
    private static (long Start, long End)[] Split(SafeFileHandle file, long length)
    {
        if (length < ParallelMinimumBytes || Environment.ProcessorCount < 2)
        {
            return new[] { (0L, length) };
        }

        // A UTF-8 character starts at any byte but a continuation byte (10xxxxxx); four steps
        // reach one in valid UTF-8, and in anything else the strict decoder throws anyway.
        Span<byte> around = stackalloc byte[4];
        var middle = length / 2;
        var read = RandomAccess.Read(file, around, middle);
        var step = 0;
        while (step < read && (around[step] & 0xC0) == 0x80)
        {
            step++;
        }

        return new[] { (0L, middle + step), (middle + step, length) };
    }

    /// <summary>Runs <paramref name="work"/> for each of one or two parts, the second on another thread.</summary>
    private static long[] InParts(int count, Func<int, long> work)
    {
        var results = new long[count];
        var second = count > 1 ? Task.Run(() => results[1] = work(1)) : Task.CompletedTask;
        try
        {
            results[0] = work(0);
        }
        catch
        {
            // The other part reads the same file into the same string: it ends before either goes.
            second.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            throw;
        }

        second.GetAwaiter().GetResult();
        return results;
    }

    /// <summary>The length of a part in UTF-16 code units; it throws when the part is not UTF-8.</summary>
    private static long CountChars(SafeFileHandle file, (long Start, long End) part)
    {
        var decoder = Strict.GetDecoder();
        var buffer = new byte[ChunkBytes];
        var count = 0L;
        for (var offset = part.Start; offset < part.End;)
        {
            var read = ReadChunk(file, buffer, offset, part.End);
            count += decoder.GetCharCount(buffer.AsSpan(0, read), flush: false);
            offset += read;
        }

        return count + decoder.GetCharCount(ReadOnlySpan<byte>.Empty, flush: true);
    }

    private static string DecodeParts(SafeFileHandle file, (long Start, long End)[] parts, long[] chars, int total)
    {
        // The string is made empty and written before anything else can see it, as string.Create
        // would, but in two parts from two threads.
        var text = string.Create(total, 0, static (_, _) => { });
        var memory = MemoryMarshal.AsMemory(text.AsMemory());
        InParts(parts.Length, index =>
        {
            var start = index == 0 ? 0 : (int)chars[0];
            DecodeInto(file, parts[index], memory.Slice(start, (int)chars[index]).Span);
            return 0;
        });
        return text;
    }

    private static void DecodeInto(SafeFileHandle file, (long Start, long End) part, Span<char> chars)
    {
        var decoder = Strict.GetDecoder();
        var buffer = new byte[ChunkBytes];
        var written = 0;
        for (var offset = part.Start; offset < part.End;)
        {
            var read = ReadChunk(file, buffer, offset, part.End);
            written += decoder.GetChars(buffer.AsSpan(0, read), chars[written..], flush: false);
            offset += read;
        }

        written += decoder.GetChars(ReadOnlySpan<byte>.Empty, chars[written..], flush: true);
        if (written != chars.Length)
        {
            throw new InvalidDataException("The file changed while it was read.");
        }
    }

    /// <summary>Reads the next chunk of a part; a file that ends early has changed since its length was taken.</summary>
    private static int ReadChunk(SafeFileHandle file, byte[] buffer, long offset, long end)
    {
        var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - offset)), offset);
        return read > 0 ? read : throw new InvalidDataException("The file changed while it was read.");
    }

    public static (SourceText Text, Diagnostic? Encoding) Decode(byte[] bytes, string path)
    {
        try
        {
            return (SourceText.From(Strict.GetString(bytes), path), null);
        }
        catch (DecoderFallbackException exception)
        {
            var text = SourceText.From(Lenient.GetString(bytes), path);
            var position = text.Text.IndexOf('\uFFFD');
            var location = new SourceLocation(text, new TextSpan(position < 0 ? 0 : position, position < 0 ? 0 : 1));
            var badByte = exception.BytesUnknown is { Length: > 0 } unknown ? $"byte 0x{unknown[0]:X2}" : "a byte";
            var offset = exception.Index >= 0 ? $" at byte offset {exception.Index}" : string.Empty;
            var diagnostic = DiagnosticFactory.UnexpectedCharacter(location, $"the file is not valid UTF-8: {badByte}{offset} cannot be decoded");
            return (text, diagnostic);
        }
    }
}
