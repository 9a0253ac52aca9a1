using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace TopoLang.Compiler.Text;

/// <summary>
/// A large ASCII file read a block at a time as the parse reaches it, and let go of behind the
/// binder: what a 100,000-guest fleet's 17 MB of text cost a check's peak, it holds in a few blocks.
/// </summary>
/// <remarks>
/// <para>
/// Blocks are loaded in order, by whoever first reads the next one (the lexer, on the parse
/// thread); <see cref="ReleaseBefore"/> hands the blocks wholly before a place back for the loads
/// ahead (the reader of top-level statements calls it before each statement it hands out, the
/// parse being past it by then). A read anywhere else (the last directive, searched for from the
/// end before the parse; a statement kept and bound later; a diagnostic's excerpt) reads the file
/// again, a block at a time, into a block each thread keeps: it is never wrong, only slower.
/// </para>
/// <para>
/// The file stays open, shared for writing and deleting, until the text is collected: an editor
/// that saves by replacing the file leaves this one reading the text it checked. One rewritten in
/// place may give shorter or other bytes; a byte past its new end reads as NUL and one that is no
/// longer ASCII as NUL too (an unexpected character in the lexer's eyes), never an exception.
/// </para>
/// </remarks>
internal sealed class StreamedAscii
{
    /// <summary>Files from this size on are worth streaming; below it, a block or two would hold them anyway.</summary>
    public const int MinimumLength = 1024 * 1024;

    private const int DefaultBlockShift = 16;

    [ThreadStatic]
    private static ThreadBlock? t_block;

    private readonly SafeFileHandle _file;
    private readonly int _shift;
    private readonly int _blockSize;
    private readonly int _mask;
    private readonly byte[]?[] _blocks;
    private readonly Stack<byte[]> _free = new();
    private readonly object _gate = new();
    private int _next;
    private int _released;
    private int _held;

    private StreamedAscii(SafeFileHandle file, int length, int shift)
    {
        _file = file;
        Length = length;
        _shift = shift;
        _blockSize = 1 << shift;
        _mask = _blockSize - 1;
        _blocks = new byte[]?[(int)(((long)length + _blockSize - 1) >> shift)];
    }

    public int Length { get; }

    /// <summary>The most blocks held at once so far: what the text cost in memory.</summary>
    public int MostBlocksHeld { get; private set; }

    public int BlockSize => _blockSize;

    /// <summary>How many bits of a position are its place in its block.</summary>
    public int BlockShift => _shift;

    /// <summary>The table of held blocks (null where a block is not held), for <see cref="SourceChars"/>'s inline read; written only here.</summary>
    internal byte[]?[] Blocks => _blocks;

    /// <summary>
    /// Opens <paramref name="path"/> for streaming when it is at least <paramref name="minimumLength"/>
    /// bytes and every byte is ASCII (read through once to know); null otherwise, for the caller to
    /// read it whole. I/O errors propagate, as a whole read's do.
    /// </summary>
    public static StreamedAscii? TryOpen(string path, int minimumLength = MinimumLength, int blockShift = DefaultBlockShift)
    {
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        try
        {
            var length = RandomAccess.GetLength(file);
            if (length >= minimumLength && length <= Array.MaxLength && IsAscii(file, length))
            {
                return new StreamedAscii(file, (int)length, blockShift);
            }
        }
        catch
        {
            file.Dispose();
            throw;
        }

        file.Dispose();
        return null;
    }

    // The held block's byte inline, anything else out of line (SourceChars reads the table itself,
    // the same way). A block is written whole before it is published (Volatile.Write in Load), and
    // a read through the reference read here sees it whole (.NET orders dependent loads).
    public char this[int index]
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => _blocks[index >> _shift] is { } block ? (char)block[index & _mask] : NotHeld(index);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private char NotHeld(int index) => (char)Block(index >> _shift)[index & _mask];

    /// <summary>The bytes of block <paramref name="index"/>: the held block, or its bytes read again into this thread's block (valid until this thread reads another).</summary>
    public ReadOnlySpan<byte> Block(int index)
    {
        var length = Math.Min(_blockSize, Length - (index << _shift));
        if (Volatile.Read(ref _blocks[index]) is { } held)
        {
            return held.AsSpan(0, length);
        }

        lock (_gate)
        {
            if (_blocks[index] is { } loaded)
            {
                return loaded.AsSpan(0, length);
            }

            if (index == _next)
            {
                return Load(index, length);
            }
        }

        return ReadAgain(index, length);
    }

    /// <summary>The block holding <paramref name="position"/>.</summary>
    public int BlockOf(int position) => position >> _shift;

    public int BlockStart(int index) => index << _shift;

    public int BlockCount => _blocks.Length;

    /// <summary>Lets go of every block wholly before <paramref name="position"/>: nothing reads there but through a read of the file again.</summary>
    public void ReleaseBefore(int position)
    {
        lock (_gate)
        {
            var end = Math.Min(position >> _shift, _blocks.Length);
            for (var index = _released; index < end; index++)
            {
                if (_blocks[index] is { } block)
                {
                    Volatile.Write(ref _blocks[index], null);
                    _free.Push(block);
                    _held--;
                }
            }

            // Blocks before the place are not loaded from now on: a read there reads the file again.
            _released = Math.Max(_released, end);
            _next = Math.Max(_next, end);
        }
    }

    private ReadOnlySpan<byte> Load(int index, int length)
    {
        var block = _free.Count > 0 ? _free.Pop() : GC.AllocateUninitializedArray<byte>(_blockSize);
        ReadInto(index, block.AsSpan(0, length));
        Volatile.Write(ref _blocks[index], block);
        _next = index + 1;
        _held++;
        MostBlocksHeld = Math.Max(MostBlocksHeld, _held);
        return block.AsSpan(0, length);
    }

    private ReadOnlySpan<byte> ReadAgain(int index, int length)
    {
        var cached = t_block;
        if (cached is null || cached.Bytes.Length < _blockSize)
        {
            cached = t_block = new ThreadBlock(new byte[_blockSize]);
        }

        if (!ReferenceEquals(cached.Owner, this) || cached.Index != index)
        {
            cached.Owner = null;
            ReadInto(index, cached.Bytes.AsSpan(0, length));
            cached.Owner = this;
            cached.Index = index;
        }

        return cached.Bytes.AsSpan(0, length);
    }

    private void ReadInto(int index, Span<byte> bytes)
    {
        var offset = (long)index << _shift;
        var filled = 0;
        while (filled < bytes.Length)
        {
            var read = RandomAccess.Read(_file, bytes[filled..], offset + filled);
            if (read <= 0)
            {
                break;
            }

            filled += read;
        }

        // A file rewritten in place since it was opened: see the remarks.
        bytes[filled..].Clear();
        if (!System.Text.Ascii.IsValid(bytes[..filled]))
        {
            foreach (ref var b in bytes[..filled])
            {
                if (b >= 0x80)
                {
                    b = 0;
                }
            }
        }
    }

    private static bool IsAscii(SafeFileHandle file, long length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << DefaultBlockShift);
        try
        {
            for (long offset = 0; offset < length;)
            {
                var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, length - offset)), offset);
                if (read <= 0)
                {
                    // Shorter than it said: read it whole, as it is now.
                    return false;
                }

                if (!System.Text.Ascii.IsValid(buffer.AsSpan(0, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A thread's copy of one block read again, and whose block it is.</summary>
    private sealed class ThreadBlock(byte[] bytes)
    {
        public byte[] Bytes { get; } = bytes;

        public StreamedAscii? Owner { get; set; }

        public int Index { get; set; }
    }
}
