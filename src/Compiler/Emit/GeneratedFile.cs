using System;
using System.Text;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// A file the compiler produced: its name relative to the topology's output folder, and its text.
/// A file written as UTF-8 in the first place (the plan's JSON, libvirt's XML) keeps its bytes
/// rather than a string: a fleet's plan.json is 130 MB, twice that as a string, and its 75,500
/// domains as many again. Such a file's <see cref="Text"/> is decoded each time it is asked for;
/// a build writes the bytes as they are.
/// </summary>
public sealed record GeneratedFile
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _utf8;

    public GeneratedFile(string relativePath, string text)
    {
        RelativePath = relativePath;
        _text = text;
    }

    private GeneratedFile(string relativePath, ReadOnlyMemory<byte> utf8)
    {
        RelativePath = relativePath;
        _utf8 = utf8;
    }

    /// <summary>A file whose text is <paramref name="utf8"/> (no byte order mark); the bytes are kept, not copied.</summary>
    public static GeneratedFile FromUtf8(string relativePath, ReadOnlyMemory<byte> utf8) => new(relativePath, utf8);

    public string RelativePath { get; init; }

    public string Text
    {
        get => _text ?? Utf8Text.Encoding.GetString(_utf8.Span);
        init
        {
            _text = value;
            _utf8 = default;
        }
    }

    /// <summary>The file's UTF-8 bytes when it was made from them; false when it holds a string.</summary>
    internal bool TryGetUtf8(out ReadOnlyMemory<byte> utf8)
    {
        utf8 = _utf8;
        return _text is null;
    }

    public void Deconstruct(out string relativePath, out string text)
    {
        relativePath = RelativePath;
        text = Text;
    }

    /// <summary>Same path and same text, however each holds it.</summary>
    public bool Equals(GeneratedFile? other) =>
        other is not null && RelativePath == other.RelativePath
        && (TryGetUtf8(out var mine) && other.TryGetUtf8(out var theirs) ? mine.Span.SequenceEqual(theirs.Span) : Text == other.Text);

    public override int GetHashCode() => HashCode.Combine(RelativePath, Text);
}
