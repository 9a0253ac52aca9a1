using System;
using System.IO;
using System.Text;

namespace TopoLang.Compiler.Emit.CSharp;

/// <summary>
/// A <see cref="TextWriter"/> that appends to a file's <see cref="Utf8Builder"/>: the runtime's
/// image writer takes a TextWriter (the runtime knows nothing of the compiler's builder), and a
/// fleet's image is nine million characters, written into the file as they come rather than as a string.
/// </summary>
internal sealed class Utf8BuilderWriter(Utf8Builder text) : TextWriter
{
    public override Encoding Encoding => Utf8Text.Encoding;

    public override void Write(char value) => text.Append(value);

    public override void Write(char[] buffer, int index, int count) => text.Append(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => text.Append(buffer);

    public override void Write(string? value) => text.Append(value);
}
