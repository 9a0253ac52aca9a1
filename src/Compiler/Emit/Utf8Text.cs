using System.Buffers;
using System.Text;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// A string encoded as UTF-8 (no byte order mark) straight into the writer of the file it goes
/// to, a span at a time, never as an array of its bytes (text appended piece by piece goes
/// through <see cref="Utf8Builder"/>).
/// </summary>
internal static class Utf8Text
{
    /// <summary>UTF-8 without a byte order mark: how every file the compiler writes is encoded.</summary>
    internal static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    // A text up to this long is encoded in one call, without an encoder of its own.
    private const int WholeChars = 16 * 1024;

    public static void Write(System.ReadOnlySpan<char> text, IBufferWriter<byte> output)
    {
        if (text.Length <= WholeChars)
        {
            var span = output.GetSpan(Encoding.GetMaxByteCount(text.Length));
            output.Advance(Encoding.GetBytes(text, span));
            return;
        }

        var builder = new Utf8Builder(output);
        builder.Append(text);
        builder.Close();
    }
}
