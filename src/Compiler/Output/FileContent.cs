using System;
using TopoLang.Compiler.Emit;

namespace TopoLang.Compiler.Output;

/// <summary>
/// The bytes a file is to hold: a text, encoded a piece at a time (<see cref="Utf8Pieces"/>), or
/// the UTF-8 bytes a <see cref="GeneratedFile"/> was made from, as they are.
/// </summary>
internal readonly struct FileContent
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _utf8;

    private FileContent(string? text, ReadOnlyMemory<byte> utf8)
    {
        _text = text;
        _utf8 = utf8;
    }

    public static FileContent Of(string text) => new(text, default);

    public static FileContent Of(GeneratedFile file) => file.TryGetUtf8(out var utf8) ? new(null, utf8) : Of(file.Text);

    public long Length => _text is null ? _utf8.Length : Utf8Pieces.ByteCount(_text);

    /// <summary>Hands each piece of the bytes, in order, to <paramref name="action"/>; false when it stopped the walk.</summary>
    public bool ForEachPiece<TState>(TState state, Utf8Pieces.PieceAction<TState> action) =>
        _text is null ? Utf8Pieces.ForEach(_utf8, state, action) : Utf8Pieces.ForEach(_text, state, action);
}
