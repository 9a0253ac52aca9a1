using System.Runtime.CompilerServices;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// Lets <see cref="XlConfigText.Comment(ref XlCommentHandler)"/> take an interpolated string and
/// write its parts straight into the comment, cut at newlines as a whole string would be: a
/// fleet's 25,000 xl.cfg files made a string for each comment they hold.
/// </summary>
[InterpolatedStringHandler]
public ref struct XlCommentHandler
{
    private readonly XlConfigText _text;

    public XlCommentHandler(int literalLength, int formattedCount, XlConfigText text)
    {
        _ = (literalLength, formattedCount);
        _text = text;
        text.BeginComment();
    }

    public readonly void AppendLiteral(string value) => _text.CommentText(value);

    public readonly void AppendFormatted(string? value) => _text.CommentText(value);

    public readonly void AppendFormatted(int value) => _text.CommentNumber(value);

    public readonly void AppendFormatted(long value) => _text.CommentNumber(value);

    /// <summary>A value written as an xl.cfg string (<see cref="XlString"/>): nothing when it is null.</summary>
    public readonly void AppendFormatted(XlQuoted value) => _text.CommentQuoted(value.Value);

    public readonly void AppendFormatted<T>(T value) => _text.CommentText(value?.ToString());
}
