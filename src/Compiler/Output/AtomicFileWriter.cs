using System;
using System.Buffers;
using System.IO;
using System.Threading;
using TopoLang.Compiler.Emit;
using Microsoft.Win32.SafeHandles;

namespace TopoLang.Compiler.Output;

/// <summary>
/// Writes a file so that readers see the old content or the new, never half: the text goes to a
/// temporary file in the same folder, which then replaces the target in one rename. A file whose
/// bytes would not change is left alone (its timestamp too, which incremental builds rely on).
/// </summary>
/// <remarks>
/// A build of a large fleet writes a file per guest (100,000 of them), so each write costs as few
/// system calls as it can: one stat of the target, an open, a write and a close of the temporary
/// file, a rename. The temporary file's name is unique without asking for randomness each time:
/// the process id (no other running process has it) and a counter. The text is encoded and
/// compared a piece at a time (<see cref="Utf8Pieces"/>), never as a new array of its bytes.
/// </remarks>
public static class AtomicFileWriter
{
    private static long _temporaryFiles;

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, creating its folder; whether the file changed.</summary>
    public static bool Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return WriteInExistingFolder(path, text);
    }

    /// <summary>A generated file, as <see cref="Write(string, string)"/> writes a text, from its bytes when it has them.</summary>
    internal static bool Write(string path, GeneratedFile file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return WriteInExistingFolder(path, file);
    }

    /// <summary>As <see cref="Write(string, string)"/>, in a folder the caller has created: no call to create it per file.</summary>
    public static bool WriteInExistingFolder(string path, string text) => WriteInExistingFolder(path, FileContent.Of(text));

    /// <summary>A generated file, in a folder the caller has created, from the bytes it was made from when it has them (<see cref="GeneratedFile.FromUtf8"/>).</summary>
    internal static bool WriteInExistingFolder(string path, GeneratedFile file) => WriteInExistingFolder(path, FileContent.Of(file));

    private static bool WriteInExistingFolder(string path, FileContent content)
    {
        var existing = new FileInfo(path);
        if (existing.Exists && SameBytes(existing, content))
        {
            return false;
        }

        var temporary = TemporaryPath(existing);
        var moved = false;
        try
        {
            using (var handle = File.OpenHandle(temporary, FileMode.Create, FileAccess.Write))
            {
                content.ForEachPiece(handle, WritePiece);
            }

            File.Move(temporary, path, overwrite: true);
            moved = true;
        }
        finally
        {
            if (!moved && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return true;
    }

    private static bool WritePiece(SafeFileHandle handle, ReadOnlySpan<byte> piece, long offset)
    {
        RandomAccess.Write(handle, piece, offset);
        return true;
    }

    private static string TemporaryPath(FileInfo target)
    {
        var number = Interlocked.Increment(ref _temporaryFiles);
        return Path.Combine(target.DirectoryName!, $".{target.Name}.{Environment.ProcessId}-{number}.tmp");
    }

    private static bool SameBytes(FileInfo existing, FileContent content)
    {
        if (existing.Length != content.Length)
        {
            return false;
        }

        using var handle = File.OpenHandle(existing.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8Pieces.PieceBytes);
        try
        {
            return content.ForEachPiece((handle, buffer), SamePiece);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // False when the file's bytes at the piece's offset differ, or end before it does (it changed while we read it).
    private static bool SamePiece((SafeFileHandle Handle, byte[] Buffer) file, ReadOnlySpan<byte> piece, long offset)
    {
        var current = file.Buffer.AsSpan(0, piece.Length);
        var read = 0;
        while (read < current.Length)
        {
            var count = RandomAccess.Read(file.Handle, current[read..], offset + read);
            if (count == 0)
            {
                return false;
            }

            read += count;
        }

        return current.SequenceEqual(piece);
    }
}
