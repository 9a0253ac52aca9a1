using System.Collections.Generic;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The lexer's errors as the parser needs them: whether a range of text holds one, asked in
/// the order of the text, so each question costs a step of a cursor and a file without lexical
/// errors pays one comparison per entry.
/// </summary>
internal sealed class LexicalErrorIndex
{
    public static readonly LexicalErrorIndex None = new(new List<int>(), new List<int>());

    private readonly IReadOnlyList<int> _errorStarts;
    private readonly IReadOnlyList<int> _swallowedBraces;
    private int _cursor;

    public LexicalErrorIndex(IReadOnlyList<int> errorStarts, IReadOnlyList<int> swallowedBraces)
    {
        _errorStarts = errorStarts;
        _swallowedBraces = swallowedBraces;
    }

    /// <summary>Whether a lexical error starts in [<paramref name="start"/>, <paramref name="end"/>); <paramref name="start"/> must not go back between calls.</summary>
    public bool AnyIn(int start, int end)
    {
        if (_errorStarts.Count == 0)
        {
            return false;
        }

        while (_cursor < _errorStarts.Count && _errorStarts[_cursor] < start)
        {
            _cursor++;
        }

        return _cursor < _errorStarts.Count && _errorStarts[_cursor] < end;
    }

    /// <summary>Whether an unterminated string swallowed a `}` between the two positions (asked only on errors).</summary>
    public bool SwallowedBraceIn(int start, int end)
    {
        foreach (var brace in _swallowedBraces)
        {
            if (brace >= start && brace < end)
            {
                return true;
            }
        }

        return false;
    }
}
