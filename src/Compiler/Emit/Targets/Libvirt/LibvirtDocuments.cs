using System;
using System.Buffers;
using System.IO;
using System.Xml;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// Writes libvirt documents one after another through one <see cref="XmlWriter"/> and one
/// buffer (<see cref="LibvirtXml.Settings"/>: no declaration, 2-space indent, "\n" line
/// endings, a final newline). A fleet has a domain per guest: a writer of its own for each
/// allocated its 6–12 KB buffers and stacks again, twice what the document itself takes.
/// </summary>
internal sealed class LibvirtDocuments
{
    [ThreadStatic]
    private static LibvirtDocuments? _ofThisThread;

    private readonly MemoryStream _bytes = new();
    private readonly XmlWriter _writer;

    private LibvirtDocuments()
    {
        _writer = XmlWriter.Create(_bytes, LibvirtXml.Settings);
    }

    /// <summary>
    /// The current thread's: a domain is written when the build writes its file
    /// (<see cref="GeneratedFile.WrittenBy"/>), on whichever of its threads writes it.
    /// </summary>
    public static LibvirtDocuments OfThisThread => _ofThisThread ??= new LibvirtDocuments();

    /// <summary>The UTF-8 bytes of one document that <paramref name="write"/> writes.</summary>
    public byte[] Write<TState>(TState state, Action<XmlWriter, TState> write) => Document(state, write).ToArray();

    /// <summary>One document that <paramref name="write"/> writes, into the file's <paramref name="output"/>.</summary>
    public void Write<TState>(TState state, Action<XmlWriter, TState> write, IBufferWriter<byte> output) => output.Write(Document(state, write));

    /// <summary>
    /// One document that begins with a top-level comment, into the file's <paramref name="output"/>:
    /// a plain comment is written as it is (a fleet's 75,500 domains each begin with one naming
    /// the guest, which the XML writer takes only as a string), any other through the writer.
    /// </summary>
    public void Write<TState>(TState state, ref XmlCommentHandler comment, Action<XmlWriter, TState> write, IBufferWriter<byte> output)
    {
        if (comment.WriteOrGetText(output) is { } text)
        {
            output.Write(Document((state, text, write), static (writer, parts) =>
            {
                LibvirtXml.Comment(writer, parts.text);
                parts.write(writer, parts.state);
            }));
            return;
        }

        // The line break the writer would put between the comment and the document's first node.
        output.Write("\n"u8);
        output.Write(Document(state, write));
    }

    private ReadOnlySpan<byte> Document<TState>(TState state, Action<XmlWriter, TState> write)
    {
        _bytes.SetLength(0);
        write(_writer, state);
        _writer.Flush();
        _bytes.WriteByte((byte)'\n');
        var text = _bytes.GetBuffer().AsSpan(0, (int)_bytes.Length);

        // The writer indents each top-level node after its first one onto a new line; every
        // document starts with a node of its own, so that line break belongs to none of them.
        return text[0] == (byte)'\n' ? text[1..] : text;
    }
}
