using System;
using System.Collections.Generic;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The tokens the parser reads, each by its index in the file. Either every token of the file,
/// lexed before the parse (a whole tree; the formatter, which wants them all), or a window: the
/// tokens from the start of the top-level statement being parsed, lexed as the parser reaches
/// them into one buffer that is reused from statement to statement. A file read a statement at
/// a time (<see cref="TopLevelStatementReader"/>) thus holds the tokens of its largest statement,
/// not of the file (40 MB for 100,000 guests).
/// </summary>
internal sealed class TokenBuffer
{
    // Enough for the statements of most files, so that the window rarely grows.
    private const int InitialWindow = 4096;

    private readonly Lexer? _lexer;
    private SyntaxToken[] _items;
    private int _first;
    private int _count;
    private bool _complete;

    // The end of the last token before the window that is not a newline (0 when none is):
    // where a problem at the end of a line is reported may lie before the window.
    private int _endBeforeWindow;

    /// <summary>Every token of the file, the last one the end of the file: the lexer's buffer, from its start.</summary>
    public TokenBuffer(ArraySegment<SyntaxToken> tokens)
    {
        _items = tokens.Array!;
        _count = tokens.Count;
        _complete = true;
    }

    /// <summary>A window over the tokens <paramref name="lexer"/> gives, lexed as they are asked for.</summary>
    public TokenBuffer(Lexer lexer)
    {
        _lexer = lexer;
        _items = new SyntaxToken[InitialWindow];
    }

    /// <summary>The token at <paramref name="index"/> in the file; never one before <see cref="DiscardBefore"/>'s index or after the end of the file.</summary>
    public SyntaxToken this[int index]
    {
        get
        {
            var offset = index - _first;
            return (uint)offset < (uint)_count ? _items[offset] : Fetch(index);
        }
    }

    /// <summary>How many tokens the buffer can hold before it grows: what a window costs.</summary>
    public int Capacity => _items.Length;

    /// <summary>Every token, when all of them were lexed before the parse.</summary>
    public ArraySegment<SyntaxToken> All =>
        _lexer is null ? new ArraySegment<SyntaxToken>(_items, 0, _count) : throw new InvalidOperationException("A window does not hold every token.");

    /// <summary>Whether the file has a token at <paramref name="index"/> (it has none after the end of the file).</summary>
    public bool Exists(int index)
    {
        while (index - _first >= _count && !_complete)
        {
            Append(_lexer!.NextToken());
        }

        return index - _first < _count;
    }

    /// <summary>The token at <paramref name="index"/>, or the end of the file when the index is past it.</summary>
    public SyntaxToken AtOrEnd(int index) => Exists(index) ? this[index] : _items[_count - 1];

    /// <summary>
    /// Forgets the tokens before <paramref name="index"/>, which the parser will not read again:
    /// a window keeps the rest at the start of its buffer. Nothing changes when every token was
    /// lexed before the parse.
    /// </summary>
    public void DiscardBefore(int index)
    {
        if (_lexer is null || index <= _first)
        {
            return;
        }

        var dropped = Math.Min(index - _first, _count);
        RememberEndBefore(dropped);
        Array.Copy(_items, dropped, _items, 0, _count - dropped);
        _count -= dropped;
        _first += dropped;
    }

    /// <summary>Where the last token before <paramref name="index"/> that is not a newline ends; 0 when there is none.</summary>
    public int EndOfLastTokenBefore(int index)
    {
        for (var i = index - 1; i >= _first; i--)
        {
            if (this[i].Kind != SyntaxKind.Newline)
            {
                return this[i].End;
            }
        }

        return _endBeforeWindow;
    }

    /// <summary>The index of <paramref name="token"/>, which the parser has read (tokens start at different places).</summary>
    public int IndexOf(SyntaxToken token)
    {
        var index = Array.BinarySearch(_items, 0, _count, token, TokenStartComparer.Instance);
        return _first + (index >= 0 ? index : ~index);
    }

    private SyntaxToken Fetch(int index)
    {
        if (index < _first)
        {
            throw new InvalidOperationException($"Token {index} was discarded: the window starts at token {_first}.");
        }

        if (!Exists(index))
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "There is no token after the end of the file.");
        }

        return _items[index - _first];
    }

    private void Append(SyntaxToken token)
    {
        if (_count == _items.Length)
        {
            // A statement longer than the window: the window grows to hold it (DiscardBefore
            // runs between statements only, never inside one).
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = token;
        _complete = token.Kind == SyntaxKind.EndOfFile;
    }

    private void RememberEndBefore(int dropped)
    {
        for (var i = dropped - 1; i >= 0; i--)
        {
            if (_items[i].Kind != SyntaxKind.Newline)
            {
                _endBeforeWindow = _items[i].End;
                return;
            }
        }
    }

    private sealed class TokenStartComparer : IComparer<SyntaxToken>
    {
        public static readonly TokenStartComparer Instance = new();

        public int Compare(SyntaxToken x, SyntaxToken y) => x.Start.CompareTo(y.Start);
    }
}
