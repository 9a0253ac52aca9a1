using System.Buffers;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// The characters every quoted string the compiler writes (YAML, xl.cfg, C#) holds as they are:
/// printable ASCII but the quote and the backslash, which each of those escapes. A name or path
/// made only of these is written in one piece, without looking at its characters one by one.
/// </summary>
internal static class PlainAscii
{
    public static readonly SearchValues<char> ButQuoteAndBackslash = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");
}
