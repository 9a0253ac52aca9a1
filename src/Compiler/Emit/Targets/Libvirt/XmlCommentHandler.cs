using System;
using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// Lets <see cref="LibvirtXml.Comment(System.Xml.XmlWriter, ref XmlCommentHandler)"/> take an
/// interpolated string and make the comment's text, spaces around it included, as one string:
/// a fleet's 75,500 domains each begin with a comment naming the guest, which was an
/// interpolated string and then the same text again with its spaces.
/// </summary>
[InterpolatedStringHandler]
public ref struct XmlCommentHandler
{
    private char[] _chars;
    private int _length;

    public XmlCommentHandler(int literalLength, int formattedCount)
    {
        _chars = ArrayPool<char>.Shared.Rent(literalLength + (formattedCount * 16) + 2);
        _length = 0;
        AppendLiteral(" ");
    }

    public void AppendLiteral(string value) => AppendFormatted(value);

    public void AppendFormatted(string? value)
    {
        var text = value.AsSpan();
        Room(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public void AppendFormatted(long value)
    {
        int written;
        while (!value.TryFormat(_chars.AsSpan(_length), out written, provider: CultureInfo.InvariantCulture))
        {
            Room(_chars.Length);
        }

        _length += written;
    }

    /// <summary>
    /// The comment's text between its spaces, ended with a space, and the pooled buffer returned;
    /// null when the text needs the care of <see cref="LibvirtXml.Comment(System.Xml.XmlWriter, string)"/>
    /// (a character XML cannot hold, a `--`, a `-` at its end), given then as <paramref name="text"/>.
    /// </summary>
    internal string? ToCommentAndClear(out string text)
    {
        var body = _chars.AsSpan(1, _length - 1);
        var plain = LibvirtXml.IsPlainCommentText(body);
        AppendLiteral(" ");
        text = plain ? string.Empty : body.ToString();
        var comment = plain ? new string(_chars, 0, _length) : null;
        Release();
        return comment;
    }

    /// <summary>
    /// Writes the whole comment, `&lt;!-- text --&gt;`, as UTF-8 into <paramref name="output"/>
    /// when its text is plain, and returns null; otherwise writes nothing and returns the text,
    /// for <see cref="LibvirtXml.Comment(System.Xml.XmlWriter, string)"/>. The pooled buffer is
    /// returned either way.
    /// </summary>
    internal string? WriteOrGetText(IBufferWriter<byte> output)
    {
        var body = _chars.AsSpan(1, _length - 1);
        string? text = null;
        if (LibvirtXml.IsPlainCommentText(body))
        {
            output.Write("<!--"u8);
            AppendLiteral(" ");
            Utf8Text.Write(_chars.AsSpan(0, _length), output);
            output.Write("-->"u8);
        }
        else
        {
            text = body.ToString();
        }

        Release();
        return text;
    }

    private void Release()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = Array.Empty<char>();
    }

    private void Room(int more)
    {
        if (_length + more <= _chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        _chars.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
