using System;
using System.IO;
using System.Text;
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
            var length = CountChars(path);
            return length is { } chars ? string.Create(chars, path, DecodeInto) : null;
        }
        catch (Exception exception) when (exception is DecoderFallbackException or ArgumentException or InvalidDataException)
        {
            return null; // not UTF-8, or the file changed between the two reads
        }
    }

    /// <summary>The length of the file in UTF-16 code units; null when it could not be a string.</summary>
    private static int? CountChars(string path)
    {
        using var stream = OpenSequential(path);
        if (stream.Length > int.MaxValue)
        {
            return null;
        }

        var decoder = Strict.GetDecoder();
        var buffer = new byte[ChunkBytes];
        var count = 0L;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            count += decoder.GetCharCount(buffer.AsSpan(0, read), flush: false);
        }

        count += decoder.GetCharCount(ReadOnlySpan<byte>.Empty, flush: true);
        return count <= int.MaxValue ? (int)count : null;
    }

    private static void DecodeInto(Span<char> chars, string path)
    {
        using var stream = OpenSequential(path);
        var decoder = Strict.GetDecoder();
        var buffer = new byte[ChunkBytes];
        var written = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            written += decoder.GetChars(buffer.AsSpan(0, read), chars[written..], flush: false);
        }

        written += decoder.GetChars(ReadOnlySpan<byte>.Empty, chars[written..], flush: true);
        if (written != chars.Length)
        {
            throw new InvalidDataException("The file changed while it was read.");
        }
    }

    private static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

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
