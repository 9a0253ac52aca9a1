using System;
using System.IO;
using System.Text;
using System.Threading;

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
/// the process id (no other running process has it) and a counter.
/// </remarks>
public static class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static long _temporaryFiles;

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, creating its folder; whether the file changed.</summary>
    public static bool Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return WriteInExistingFolder(path, text);
    }

    /// <summary>As <see cref="Write"/>, in a folder the caller has created: no call to create it per file.</summary>
    public static bool WriteInExistingFolder(string path, string text)
    {
        var bytes = Utf8NoBom.GetBytes(text);
        var existing = new FileInfo(path);
        if (existing.Exists && SameBytes(existing, bytes))
        {
            return false;
        }

        var temporary = TemporaryPath(existing);
        var moved = false;
        try
        {
            using (var handle = File.OpenHandle(temporary, FileMode.Create, FileAccess.Write))
            {
                RandomAccess.Write(handle, bytes, fileOffset: 0);
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

    private static string TemporaryPath(FileInfo target)
    {
        var number = Interlocked.Increment(ref _temporaryFiles);
        return Path.Combine(target.DirectoryName!, $".{target.Name}.{Environment.ProcessId}-{number}.tmp");
    }

    private static bool SameBytes(FileInfo existing, byte[] bytes)
    {
        if (existing.Length != bytes.Length)
        {
            return false;
        }

        using var handle = File.OpenHandle(existing.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
        var current = new byte[bytes.Length];
        var read = 0;
        while (read < current.Length)
        {
            var count = RandomAccess.Read(handle, current.AsSpan(read), read);
            if (count == 0)
            {
                return false; // shorter than its length said: it changed while we read it
            }

            read += count;
        }

        return current.AsSpan().SequenceEqual(bytes);
    }
}
