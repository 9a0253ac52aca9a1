using System;
using System.Buffers;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// A file the compiler produced: its name relative to the topology's output folder, and its text.
/// </summary>
/// <remarks>
/// A fleet's build writes 400 MB of files (plan.json alone is 130 MB), so a large file is not
/// held as a string, nor even as its bytes, until it is written: it keeps what it is written from
/// (<see cref="WrittenBy"/>, <see cref="FromText"/>) and makes its text and bytes when the build
/// writes it, on whichever of the build's threads writes it, straight into the file's writer, through one reused buffer
/// (<see cref="Output.ReplacingFileWriter"/>). <see cref="Text"/> makes the text each time it is
/// asked for.
/// </remarks>
public sealed record GeneratedFile
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly Action<IBufferWriter<byte>>? _write;

    public GeneratedFile(string relativePath, string text)
    {
        RelativePath = relativePath;
        _text = text;
    }

    private GeneratedFile(string relativePath, ReadOnlyMemory<byte> utf8, Action<IBufferWriter<byte>>? write)
    {
        RelativePath = relativePath;
        _utf8 = utf8;
        _write = write;
    }

    /// <summary>A file whose text is <paramref name="utf8"/> (no byte order mark); the bytes are kept, not copied.</summary>
    public static GeneratedFile FromUtf8(string relativePath, ReadOnlyMemory<byte> utf8) => new(relativePath, utf8, write: null);

    /// <summary>A file whose text <paramref name="write"/> appends, as UTF-8 into the file, when the file is written (see <see cref="WrittenBy"/>).</summary>
    internal static GeneratedFile FromText(string relativePath, Action<Utf8Builder> write) =>
        WrittenBy(relativePath, output => Utf8Builder.Write(output, write));

    /// <summary>
    /// A file whose UTF-8 bytes (no byte order mark) <paramref name="write"/> writes into the
    /// writer it is given, when the file is written or its text asked for. It may be called more
    /// than once, from any thread, beside other files' writes; it must write the same bytes each
    /// time, from values that no longer change.
    /// </summary>
    internal static GeneratedFile WrittenBy(string relativePath, Action<IBufferWriter<byte>> write) => new(relativePath, ReadOnlyMemory<byte>.Empty, write);

    public string RelativePath { get; init; }

    public string Text
    {
        get => _text ?? Utf8Text.Encoding.GetString(Utf8Bytes().Span);
        init
        {
            _text = value;
            _utf8 = default;
            _write = null;
        }
    }

    /// <summary>The file's length in bytes when it is known without writing it (its bytes are kept); null otherwise.</summary>
    internal long? KnownLength => _text is null && _write is null ? _utf8.Length : null;

    /// <summary>Writes the file's UTF-8 bytes into <paramref name="output"/>.</summary>
    internal void WriteTo(IBufferWriter<byte> output)
    {
        if (_text is not null)
        {
            Utf8Text.Write(_text, output);
        }
        else if (_write is not null)
        {
            _write(output);
        }
        else
        {
            output.Write(_utf8.Span);
        }
    }

    public void Deconstruct(out string relativePath, out string text)
    {
        relativePath = RelativePath;
        text = Text;
    }

    /// <summary>Same path and same text, however each holds it.</summary>
    public bool Equals(GeneratedFile? other) =>
        other is not null && RelativePath == other.RelativePath
        && (_text is null && other._text is null ? Utf8Bytes().Span.SequenceEqual(other.Utf8Bytes().Span) : Text == other.Text);

    public override int GetHashCode() => HashCode.Combine(RelativePath, Text);

    private ReadOnlyMemory<byte> Utf8Bytes()
    {
        if (_write is null)
        {
            return _utf8;
        }

        var bytes = new ArrayBufferWriter<byte>();
        _write(bytes);
        return bytes.WrittenMemory;
    }
}
