using System;
using System.Runtime.CompilerServices;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// Builds the text of an xl.cfg file line by line. Every string value goes through
/// <see cref="XlString"/>, and every comment line is cut at newlines, so no value can
/// break the file. Lines end with "\n"; the text ends with one. Each piece is appended where it
/// goes, straight into the file as the build writes it (a fleet has tens of thousands of these
/// files: a string per line, per comment and per list item was most of their cost).
/// </summary>
public sealed class XlConfigText
{
    private readonly Utf8Builder _text;

    // A comment being written has begun its current line ("# " written): an empty line is "#" alone.
    private bool _commentLineBegun;

    // The list being written has one item, written on the key's line.
    private bool _listOnOneLine;

    /// <summary>Writes into the file's own text, as the build writes it (<see cref="GeneratedFile.FromText"/>).</summary>
    internal XlConfigText(Utf8Builder text) => _text = text;

    /// <summary>One or more `#` lines; callers quote free-form values with <see cref="XlString.Quote"/>.</summary>
    public XlConfigText Comment(string text)
    {
        BeginComment();
        CommentText(text);
        return EndComment();
    }

    /// <summary>One or more `#` lines, the interpolated parts written as they come; free-form values go in as <see cref="XlQuoted"/>.</summary>
    public XlConfigText Comment([InterpolatedStringHandlerArgument("")] ref XlCommentHandler comment) => EndComment();

    public XlConfigText Blank() => EndLine();

    public XlConfigText Set(string key, string value)
    {
        XlString.AppendQuoted(_text.Append(key).Append(" = "), value);
        return EndLine();
    }

    public XlConfigText Set(string key, long value)
    {
        _text.Append(key).Append(" = ").Append(value);
        return EndLine();
    }

    /// <summary>Begins a list of <paramref name="count"/> strings (on the key's line when there is one, else one a line), each then given by <see cref="BeginItem"/>, and ended by <see cref="EndList"/>.</summary>
    public XlConfigText BeginList(string key, int count)
    {
        _text.Append(key).Append(" = [");
        _listOnOneLine = count == 1;
        return _listOnOneLine ? this : EndLine();
    }

    /// <summary>Begins an item of the list begun, its parts then given by <see cref="ItemText"/> and <see cref="ItemNumber"/>, and ended by <see cref="EndItem"/>.</summary>
    public XlConfigText BeginItem()
    {
        _text.Append(_listOnOneLine ? " \"" : "    \"");
        return this;
    }

    /// <summary>A part of the item: escaped, never a raw quote or newline.</summary>
    public XlConfigText ItemText(ReadOnlySpan<char> text)
    {
        XlString.AppendEscaped(_text, text);
        return this;
    }

    /// <summary>A part of the item formatted in place (a path, a number), escaped as <see cref="ItemText"/> escapes.</summary>
    public XlConfigText ItemFormatted<T>(T value)
        where T : ISpanFormattable
    {
        Span<char> chars = stackalloc char[256];
        return value.TryFormat(chars, out var length, default, null) ? ItemText(chars[..length]) : ItemText(value.ToString());
    }

    public XlConfigText ItemNumber(long value)
    {
        _text.Append(value);
        return this;
    }

    public XlConfigText EndItem()
    {
        _text.Append('"');
        if (_listOnOneLine)
        {
            return this;
        }

        _text.Append(',');
        return EndLine();
    }

    public XlConfigText EndList()
    {
        _text.Append(_listOnOneLine ? " ]" : "]");
        return EndLine();
    }

    internal void BeginComment() => _commentLineBegun = false;

    /// <summary>Comment text: each newline in it ends a line and begins the next.</summary>
    internal void CommentText(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var end = text.IndexOf('\n');
            CommentLinePart(end < 0 ? text : text[..end]);
            if (end < 0)
            {
                return;
            }

            EndCommentLine();
            text = text[(end + 1)..];
        }
    }

    internal void CommentNumber(long value)
    {
        BeginCommentLine();
        _text.Append(value);
    }

    internal void CommentQuoted(string? value)
    {
        if (value is not null)
        {
            // A quoted value holds no newline and no carriage return: it goes in as it is.
            BeginCommentLine();
            XlString.AppendQuoted(_text, value);
        }
    }

    private XlConfigText EndComment()
    {
        EndCommentLine();
        return this;
    }

    private void CommentLinePart(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty)
        {
            return;
        }

        BeginCommentLine();
        for (var cr = part.IndexOf('\r'); cr >= 0; cr = part.IndexOf('\r'))
        {
            _text.Append(part[..cr]).Append(' ');
            part = part[(cr + 1)..];
        }

        _text.Append(part);
    }

    private void BeginCommentLine()
    {
        if (!_commentLineBegun)
        {
            _text.Append("# ");
            _commentLineBegun = true;
        }
    }

    private void EndCommentLine()
    {
        _text.Append(_commentLineBegun ? "\n" : "#\n");
        _commentLineBegun = false;
    }

    private XlConfigText EndLine()
    {
        _text.Append('\n');
        return this;
    }
}
