using System;
using System.Buffers;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// Passes bytes on without the "\r" of each "\r\n": System.Text.Json's writer ends lines as the
/// platform does (net8.0 has no option for it), and every file TopoLang writes ends them with
/// "\n". Only the writer's own line ends hold a raw "\r": a string value's is escaped.
/// </summary>
internal sealed class LineFeedOutput : IBufferWriter<byte>
{
    private readonly IBufferWriter<byte> _output;
    private Memory<byte> _given;

    internal LineFeedOutput(IBufferWriter<byte> output) => _output = output;

    /// <summary>The output itself where lines already end in "\n" alone.</summary>
    public static IBufferWriter<byte> Around(IBufferWriter<byte> output) =>
        Environment.NewLine == "\n" ? output : new LineFeedOutput(output);

    public Memory<byte> GetMemory(int sizeHint = 0) => _given = _output.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    // Every raw "\r" is half of a line end: dropped wherever it falls, even where its "\n" comes in the next piece.
    public void Advance(int count)
    {
        var written = _given.Span[..count];
        var kept = 0;
        foreach (var b in written)
        {
            if (b != (byte)'\r')
            {
                written[kept++] = b;
            }
        }

        _output.Advance(kept);
    }
}
