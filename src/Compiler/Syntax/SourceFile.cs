using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// Reads a source file as UTF-8. Bytes that are not UTF-8 become U+FFFD and one TOPO0001 says
/// where the first one was, so that any readable file gives diagnostics, never an exception.
/// </summary>
/// <remarks>
/// A file that is all ASCII, nearly every topology, is kept as its bytes (<see cref="SourceText"/>);
/// only one with another character is decoded into a string, a large one in two parts on two cores.
/// </remarks>
public static class SourceFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Below this, a second thread costs more than it saves.
    private const int ParallelMinimumBytes = 1024 * 1024;

    /// <summary>Reads <paramref name="path"/>; I/O errors (missing, unreadable) propagate to the caller, who reports them as usage errors.</summary>
    public static (SourceText Text, Diagnostic? Encoding) Read(string path)
    {
        var bytes = ReadAllBytes(path);
        if (Ascii.IsValid(bytes))
        {
            return (SourceText.FromAscii(bytes, path), null);
        }

        // Anything but valid UTF-8 takes the way that can say where it broke.
        return TryDecodeValid(bytes) is { } text ? (SourceText.From(text, path), null) : Decode(bytes, path);
    }

    /// <summary>
    /// Reads <paramref name="path"/> as <see cref="Read(string)"/> does, but a large ASCII file
    /// (<see cref="StreamedAscii.MinimumLength"/>) as the parse reaches it, a block at a time,
    /// when <paramref name="streamLargeFiles"/> (<see cref="TopoCompilationOptions.StreamLargeFiles"/>).
    /// </summary>
    public static (SourceText Text, Diagnostic? Encoding) Read(string path, bool streamLargeFiles) =>
        streamLargeFiles && StreamedAscii.TryOpen(path) is { } streamed
            ? (SourceText.FromStreamedAscii(streamed, path), null)
            : Read(path);

    private static byte[] ReadAllBytes(string path)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(file);
        if (length > Array.MaxLength)
        {
            return File.ReadAllBytes(path); // which says, as an I/O error, that the file is too large
        }

        // Every byte is written by the reads below: the array need not be cleared first. A large
        // file is read in two halves on two threads: most of a read is the first touch of the
        // array's fresh memory, which each thread pays for its own half.
        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        var parts = bytes.Length < ParallelMinimumBytes || Environment.ProcessorCount < 2
            ? new[] { (0, bytes.Length) }
            : new[] { (0, bytes.Length / 2), (bytes.Length / 2, bytes.Length - (bytes.Length / 2)) };
        var complete = InParts(parts.Length, index => ReadRange(file, bytes, parts[index].Item1, parts[index].Item2) ? 1 : 0);

        // The file shrank since its length was taken: read it as it is now.
        return Array.IndexOf(complete, 0L) < 0 ? bytes : File.ReadAllBytes(path);
    }

    private static bool ReadRange(Microsoft.Win32.SafeHandles.SafeFileHandle file, byte[] bytes, int start, int length)
    {
        for (var offset = start; offset < start + length;)
        {
            var read = RandomAccess.Read(file, bytes.AsSpan(offset, start + length - offset), offset);
            if (read <= 0)
            {
                return false;
            }

            offset += read;
        }

        return true;
    }

    private static string? TryDecodeValid(byte[] bytes)
    {
        try
        {
            var parts = Split(bytes);
            var chars = InParts(parts.Length, index => Strict.GetCharCount(bytes, parts[index].Start, parts[index].Length));
            var total = 0L;
            foreach (var count in chars)
            {
                total += count;
            }

            return total <= Array.MaxLength ? DecodeParts(bytes, parts, chars, (int)total) : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The bytes in one part, or, when they are many and a core is free, two that split at the
    /// start of a character. Writing the text's fresh memory is most of the time a decode takes
    /// (a text is twice its size in UTF-16), and two cores write it in about half.
    /// </summary>
    private static (int Start, int Length)[] Split(byte[] bytes)
    {
        if (bytes.Length < ParallelMinimumBytes || Environment.ProcessorCount < 2)
        {
            return new[] { (0, bytes.Length) };
        }

        // A UTF-8 character starts at any byte but a continuation byte (10xxxxxx); four steps
        // reach one in valid UTF-8, and in anything else the strict decoder throws anyway.
        var middle = bytes.Length / 2;
        var step = 0;
        while (step < 4 && middle + step < bytes.Length && (bytes[middle + step] & 0xC0) == 0x80)
        {
            step++;
        }

        var split = middle + step;
        return new[] { (0, split), (split, bytes.Length - split) };
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
            // The other part writes into the same string: it ends before the string goes.
            second.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            throw;
        }

        second.GetAwaiter().GetResult();
        return results;
    }

    private static string DecodeParts(byte[] bytes, (int Start, int Length)[] parts, long[] chars, int total)
    {
        // The string is made empty and written before anything else can see it, as string.Create
        // would, but in two parts from two threads.
        var text = string.Create(total, 0, static (_, _) => { });
        var memory = MemoryMarshal.AsMemory(text.AsMemory());
        InParts(parts.Length, index =>
        {
            var start = index == 0 ? 0 : (int)chars[0];
            return Strict.GetChars(bytes.AsSpan(parts[index].Start, parts[index].Length), memory.Slice(start, (int)chars[index]).Span);
        });
        return text;
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
