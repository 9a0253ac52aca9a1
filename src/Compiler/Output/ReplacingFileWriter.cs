using System;
using System.Buffers;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace TopoLang.Compiler.Output;

/// <summary>
/// Takes the new bytes of one file as they are made, through one buffer, and replaces the file
/// so that readers see the old content or the new, never half, and only when the bytes differ.
/// While the bytes match the file's own, nothing is written. At the first difference a
/// temporary file beside it gets the part that matched (copied from the file) and then the rest
/// as it comes; <see cref="Stage"/> ends it, and <see cref="PendingReplacement.Apply"/> puts it
/// in the file's place in one rename, with the build's other files. A file whose
/// bytes do not change is left alone, its timestamp too, which incremental builds rely on.
/// </summary>
/// <remarks>
/// A fleet's build writes 100,000 files from a few hundred bytes up to plan.json's 130 MB; each
/// goes through the same <see cref="BufferBytes"/> buffer, so no file's bytes are ever held
/// whole. One instance writes one file at a time: a thread keeps one for all the files it writes.
/// The temporary file's name is unique without asking for randomness each time: the process id
/// (no other running process has it) and a counter.
/// </remarks>
internal sealed class ReplacingFileWriter : IBufferWriter<byte>, IDisposable
{
    public const int BufferBytes = 64 * 1024;

    private static long _temporaryFiles;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
    private byte[]? _existingBytes;
    private int _buffered;
    private long _passed;
    private string _path = string.Empty;
    private SafeFileHandle? _existing;
    private long _existingLength;
    private string? _temporaryPath;
    private SafeFileHandle? _temporary;

    /// <summary>Starts the file at <paramref name="path"/>, whose folder exists.</summary>
    /// <param name="newLength">The new bytes' length when known: a file of another length is not read to compare.</param>
    /// <param name="mayExist">False when nothing can be at the path (its folder was just made): it is not looked for.</param>
    public void Start(string path, long? newLength = null, bool mayExist = true)
    {
        _path = path;
        if (!mayExist)
        {
            return;
        }

        if (!File.Exists(path))
        {
            if (Directory.Exists(path))
            {
                // Found now, not at the rename: the build's other files are still as they were.
                throw new IOException($"'{path}' is a folder, where the build writes a file.");
            }

            return;
        }

        var existing = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(existing);
        if (newLength is null || newLength == length)
        {
            (_existing, _existingLength) = (existing, length);
        }
        else
        {
            existing.Dispose();
        }
    }

    public void Advance(int count) => _buffered += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _buffer.AsMemory(_buffered);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _buffer.AsSpan(_buffered);
    }

    /// <summary>Bytes already made elsewhere: a large piece goes on as it is, not through the buffer.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < BufferBytes)
        {
            BuffersExtensions.Write(this, bytes);
            return;
        }

        PassBuffered();
        Pass(bytes);
    }

    /// <summary>
    /// Ends the file's bytes, held in full in a temporary file beside it, to be put in place with
    /// the build's other files (<see cref="PendingReplacement.Apply"/>); null when they are the
    /// file's own, and nothing is to be done.
    /// </summary>
    public PendingReplacement? Stage()
    {
        try
        {
            PassBuffered();
            if (_temporary is null && _existing is not null && _passed == _existingLength)
            {
                return null;
            }

            StartTemporary();
            _temporary!.Dispose();
            _temporary = null;
            var pending = new PendingReplacement(_temporaryPath!, _path);
            _temporaryPath = null;
            return pending;
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Gives the file up (its bytes could not all be made or written): it stays as it was, and no temporary file is left.</summary>
    public void Abandon() => Reset();

    public void Dispose()
    {
        Reset();
        ArrayPool<byte>.Shared.Return(_buffer);
        if (_existingBytes is not null)
        {
            ArrayPool<byte>.Shared.Return(_existingBytes);
        }
    }

    private void MakeRoom(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _buffered >= needed)
        {
            return;
        }

        PassBuffered();
        if (_buffer.Length < needed)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(needed);
        }
    }

    private void PassBuffered()
    {
        if (_buffered > 0)
        {
            Pass(_buffer.AsSpan(0, _buffered));
            _buffered = 0;
        }
    }

    // The next bytes of the file: compared while they match the file's, written once they do not.
    private void Pass(ReadOnlySpan<byte> bytes)
    {
        if (_temporary is null && !(_existing is not null && MatchesExisting(bytes)))
        {
            StartTemporary();
        }

        if (_temporary is not null)
        {
            RandomAccess.Write(_temporary, bytes, _passed);
        }

        _passed += bytes.Length;
    }

    private bool MatchesExisting(ReadOnlySpan<byte> bytes)
    {
        if (_passed + bytes.Length > _existingLength)
        {
            return false;
        }

        for (var offset = 0; offset < bytes.Length;)
        {
            var piece = bytes.Slice(offset, Math.Min(BufferBytes, bytes.Length - offset));
            var existing = ReadExisting(_passed + offset, piece.Length);
            if (existing.Length < piece.Length || !existing.SequenceEqual(piece))
            {
                return false;
            }

            offset += piece.Length;
        }

        return true;
    }

    // Up to count bytes of the file at offset: fewer only where it ends (it changed while we read it).
    private ReadOnlySpan<byte> ReadExisting(long offset, int count)
    {
        _existingBytes ??= ArrayPool<byte>.Shared.Rent(BufferBytes);
        var read = 0;
        while (read < count)
        {
            var got = RandomAccess.Read(_existing!, _existingBytes.AsSpan(read, count - read), offset + read);
            if (got == 0)
            {
                break;
            }

            read += got;
        }

        return _existingBytes.AsSpan(0, read);
    }

    // The temporary file, holding the bytes passed so far: they matched the file's, so they are copied from it.
    private void StartTemporary()
    {
        if (_temporary is not null)
        {
            return;
        }

        _temporaryPath = TemporaryPath(_path);
        _temporary = File.OpenHandle(_temporaryPath, FileMode.Create, FileAccess.Write);
        for (long offset = 0; offset < _passed;)
        {
            var piece = ReadExisting(offset, (int)Math.Min(BufferBytes, _passed - offset));
            if (piece.IsEmpty)
            {
                throw new IOException($"'{_path}' changed while it was being written.");
            }

            RandomAccess.Write(_temporary, piece, offset);
            offset += piece.Length;
        }

        _existing?.Dispose();
        _existing = null;
    }

    private void Reset()
    {
        _existing?.Dispose();
        _existing = null;
        _temporary?.Dispose();
        _temporary = null;
        if (_temporaryPath is not null)
        {
            File.Delete(_temporaryPath);
            _temporaryPath = null;
        }

        (_buffered, _passed, _existingLength, _path) = (0, 0, 0, string.Empty);
    }

    private static string TemporaryPath(string path)
    {
        var number = Interlocked.Increment(ref _temporaryFiles);
        var name = Path.GetFileName(path.AsSpan());
        var folder = path.AsSpan(0, path.Length - name.Length);
        return $"{folder}.{name}.{Environment.ProcessId}-{number}.tmp";
    }
}
