using System;
using System.Buffers;

namespace TopoLang.Benchmarks;

/// <summary>
/// Takes a file's bytes and keeps none, through one reused buffer as a build's file writer does:
/// what making the bytes costs, without the file system.
/// </summary>
internal sealed class DiscardingOutput : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[64 * 1024];

    /// <summary>How many bytes it was given.</summary>
    public long Length { get; private set; }

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint);

    private byte[] Room(int sizeHint)
    {
        if (_buffer.Length < sizeHint)
        {
            _buffer = new byte[sizeHint];
        }

        return _buffer;
    }
}
