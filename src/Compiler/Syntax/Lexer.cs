using System;
using System.Collections.Generic;
using System.Globalization;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// Turns text into tokens (docs/language.md, "Lexical structure"). Whitespace, comments and characters it cannot use
/// become trivia in front of the next token, so nothing of the text is lost. A run of bad
/// characters is one TOPO0001, not one per character.
/// </summary>
internal sealed class Lexer
{
    private readonly SourceText _source;
    private readonly SourceChars _text;
    private readonly DiagnosticBag? _diagnostics;
    private readonly List<int> _errorStarts = new();
    private readonly List<int> _bracesInUnterminatedStrings = new();
    private int _position;

    // The start of the token being scanned, or -1 in trivia: an error inside a string is
    // placed at the string's start, so that the error starts stay in order.
    private int _tokenStart = -1;

    /// <param name="diagnostics">
    /// Where the lexical errors go; null for a lexing that looks at part of a text only, whose
    /// errors the parse of the whole reports (<see cref="LastDirective"/>).
    /// </param>
    /// <param name="start">Where to start: 0, or a place where a token or trivia starts (after a newline outside a block comment).</param>
    public Lexer(SourceText source, DiagnosticBag? diagnostics, int start = 0)
    {
        _source = source;
        _text = source.Chars;
        _diagnostics = diagnostics;
        _position = start;
    }

    /// <summary>Where the block comments skipped so far are, when a list is given to collect them.</summary>
    public List<TextSpan>? BlockComments { get; init; }

    /// <summary>
    /// Where each TOPO0001 starts, in order: at the start of the token it is in, or of the bad
    /// trivia. The parser uses them to keep an entry touched by a lexical error from meeting
    /// the binder (one mistake, one diagnostic).
    /// </summary>
    public IReadOnlyList<int> ErrorStarts => _errorStarts;

    /// <summary>
    /// Where each `}` that an unterminated string swallowed is, in order: the block it was
    /// meant to close is then left open, and that is the string's error, not a second one.
    /// </summary>
    public IReadOnlyList<int> BracesInUnterminatedStrings => _bracesInUnterminatedStrings;

    /// <summary>
    /// The tokens of the text, the last one <see cref="SyntaxKind.EndOfFile"/>. They are left in
    /// the buffer they were written to (longer than needed, never copied): on a large file the
    /// token array is the parse's largest allocation.
    /// </summary>
    public ArraySegment<SyntaxToken> Tokenize()
    {
        // About one token per five characters in real files; doubling covers the rest.
        var tokens = new SyntaxToken[_text.Length / 5 + 16];
        var count = 0;
        while (true)
        {
            var token = NextToken();
            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            tokens[count++] = token;
            if (token.Kind == SyntaxKind.EndOfFile)
            {
                return new ArraySegment<SyntaxToken>(tokens, 0, count);
            }
        }
    }

    /// <summary>The next token of the text; after the end of the file, the end of the file again.</summary>
    public SyntaxToken NextToken()
    {
        _tokenStart = -1;
        SkipTrivia();
        var start = _position;
        _tokenStart = start;
        var kind = ScanToken();
        return new SyntaxToken(kind, start, _position - start);
    }

    private char Current => _position < _text.Length ? _text[_position] : '\0';

    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private bool AtEnd => _position >= _text.Length;

    private void SkipTrivia()
    {
        while (TriviaScanner.ScanOne(_text, _position) is { } trivia)
        {
            _position = trivia.Span.End;
            if (trivia.Kind == TriviaKind.SkippedText)
            {
                ReportBadCharacters(trivia.Span);
            }
            else if (trivia.Kind == TriviaKind.BlockComment)
            {
                BlockComments?.Add(trivia.Span);
                if (!IsClosedComment(trivia.Span))
                {
                    Report(new TextSpan(trivia.Span.Start, 2), "unterminated comment: '/*' has no closing '*/'");
                }
            }
        }
    }

    private bool IsClosedComment(TextSpan span) => span.Length >= 4 && _text.StartsWith(span.End - 2, "*/");

    private void ReportBadCharacters(TextSpan span)
    {
        var message = span.Length == 1
            ? $"unexpected character {Describe(_text[span.Start])}"
            : $"unexpected characters '{Shorten(_source.ToString(span))}'";
        Report(span, message);
    }

    private SyntaxKind ScanToken()
    {
        if (AtEnd)
        {
            return SyntaxKind.EndOfFile;
        }

        var c = _text[_position];
        switch (c)
        {
            case '\n': _position++; return SyntaxKind.Newline;
            case ';': _position++; return SyntaxKind.Semicolon;
            case '{': _position++; return SyntaxKind.OpenBrace;
            case '}': _position++; return SyntaxKind.CloseBrace;
            case '[': _position++; return SyntaxKind.OpenBracket;
            case ']': _position++; return SyntaxKind.CloseBracket;
            case ',': _position++; return SyntaxKind.Comma;
            case ':': _position++; return SyntaxKind.Colon;
            case '=': _position++; return SyntaxKind.Equals;
            case '.' when Peek(1) == '.': _position += 2; return SyntaxKind.DotDot;
            case '.': _position++; return SyntaxKind.Dot;
            case '"':
                ScanString();
                return SyntaxKind.String;
        }

        if (SyntaxFacts.IsDigit(c))
        {
            return ScanNumberOrQuantity();
        }

        var start = _position;
        ScanIdentifier();
        return KeywordOrIdentifier(TextSpan.FromBounds(start, _position));
    }

    // No keyword or unit is longer: a longer word is neither, and is not read out to ask.
    private const int LongestWord = 16;

    private SyntaxKind KeywordOrIdentifier(TextSpan word)
    {
        Span<char> scratch = stackalloc char[LongestWord];
        return word.Length <= LongestWord ? SyntaxFacts.GetKeywordKind(_text.Read(word, scratch)) : SyntaxKind.Identifier;
    }

    /// <summary>`[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*`: a hyphen belongs to the name only when a name character follows it.</summary>
    private void ScanIdentifier()
    {
        _position++;
        while (true)
        {
            while (SyntaxFacts.IsIdentifierPart(Current))
            {
                _position++;
            }

            if (Current == '-' && SyntaxFacts.IsIdentifierPart(Peek(1)))
            {
                _position++;
                continue;
            }

            return;
        }
    }

    private SyntaxKind ScanNumberOrQuantity()
    {
        while (SyntaxFacts.IsDigit(Current) || Current == '_')
        {
            _position++;
        }

        if (Current == '.' && SyntaxFacts.IsDigit(Peek(1)))
        {
            _position++;
            while (SyntaxFacts.IsDigit(Current))
            {
                _position++;
            }
        }

        return TryScanUnit() ? SyntaxKind.Quantity : SyntaxKind.Number;
    }

    /// <summary>A unit after optional spaces or tabs (never a newline), with no name character right after it.</summary>
    private bool TryScanUnit()
    {
        var afterNumber = _position;
        var unitStart = afterNumber;
        while (unitStart < _text.Length && (_text[unitStart] == ' ' || _text[unitStart] == '\t'))
        {
            unitStart++;
        }

        if (unitStart < _text.Length && _text[unitStart] == '%')
        {
            _position = unitStart + 1;
            return true;
        }

        if (unitStart >= _text.Length || !SyntaxFacts.IsIdentifierStart(_text[unitStart]))
        {
            return false;
        }

        _position = unitStart;
        ScanIdentifier();
        Span<char> scratch = stackalloc char[LongestWord];
        var word = _position - unitStart <= LongestWord ? _text.Read(TextSpan.FromBounds(unitStart, _position), scratch) : ReadOnlySpan<char>.Empty;
        if (!Units.IsUnit(word))
        {
            _position = afterNumber;
            return false;
        }

        if (Units.IsMoney(word) && _text.StartsWith(_position, Units.PerMonthSuffix)
            && !SyntaxFacts.IsIdentifierPart(Peek(Units.PerMonthSuffix.Length)))
        {
            _position += Units.PerMonthSuffix.Length;
        }

        return true;
    }

    /// <summary>
    /// A string ends at its closing quote or, unterminated, at the end of its line. Escapes and
    /// interpolations are checked here so that the tree can trust them.
    /// </summary>
    private void ScanString()
    {
        var start = _position;
        _position++;
        while (true)
        {
            var c = Current;
            if (AtEnd || c == '\n' || (c == '\r' && Peek(1) == '\n'))
            {
                Report(TextSpan.FromBounds(start, _position), "unterminated string: a string must end with '\"' on the line where it starts");
                NoteSwallowedBrace(start);
                return;
            }

            if (c == '"')
            {
                _position++;
                CheckStringLength(start);
                return;
            }

            if (c == '\\')
            {
                ScanEscape();
            }
            else if (c == '$' && Peek(1) == '{')
            {
                ScanInterpolation();
            }
            else
            {
                _position++;
            }
        }
    }

    private void NoteSwallowedBrace(int start)
    {
        var brace = _text.IndexOf('}', start);
        if (brace >= 0 && brace < _position)
        {
            _bracesInUnterminatedStrings.Add(brace);
        }
    }

    private void CheckStringLength(int start)
    {
        if (_position - start > CompilerLimits.MaxStringLength)
        {
            _diagnostics?.Add(DiagnosticFactory.LimitExceeded(
                new SourceLocation(_source, TextSpan.FromBounds(start, _position)),
                string.Create(CultureInfo.InvariantCulture, $"string of {_position - start:N0} characters is longer than the limit of {CompilerLimits.MaxStringLength:N0}")));
        }
    }

    private void ScanEscape()
    {
        var start = _position;
        var next = Peek(1);
        switch (next)
        {
            case '"' or '\\' or 'n' or 't':
                _position += 2;
                return;
            case 'u' when Peek(2) == '{':
                ScanUnicodeEscape(start);
                return;
            default:
                var length = next == '\n' || next == '\0' ? 1 : 2;
                _position += length;
                Report(new TextSpan(start, length), $"invalid escape sequence '{Shorten(_source.ToString(new TextSpan(start, length)))}': use \\\" \\\\ \\n \\t or \\u{{XXXX}}");
                return;
        }
    }

    private void ScanUnicodeEscape(int start)
    {
        _position += 3;
        var digitsStart = _position;
        while (SyntaxFacts.IsHexDigit(Current) && _position - digitsStart < 8)
        {
            _position++;
        }

        Span<char> scratch = stackalloc char[8];
        var digits = _text.Read(TextSpan.FromBounds(digitsStart, _position), scratch);
        var valid = Current == '}' && digits.Length is >= 1 and <= 6
            && int.TryParse(digits, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);
        if (Current == '}')
        {
            _position++;
        }

        if (!valid)
        {
            Report(TextSpan.FromBounds(start, _position), "invalid unicode escape: write \\u{X} with 1 to 6 hex digits naming a Unicode scalar value");
        }
    }

    private void ScanInterpolation()
    {
        var start = _position;
        _position += 2;
        var nameStart = _position;
        if (SyntaxFacts.IsIdentifierStart(Current))
        {
            ScanIdentifier();
        }

        if (_position > nameStart && Current == '}')
        {
            _position++;
            return;
        }

        Report(TextSpan.FromBounds(start, _position), "invalid interpolation: write ${name} with the name of a param or loop variable");
    }

    private void Report(TextSpan span, string message)
    {
        _diagnostics?.Add(DiagnosticFactory.UnexpectedCharacter(new SourceLocation(_source, span), message));
        var at = _tokenStart >= 0 ? _tokenStart : span.Start;
        if (_errorStarts.Count == 0 || _errorStarts[^1] < at)
        {
            _errorStarts.Add(at);
        }
    }

    private static string Describe(char c) =>
        c < ' ' || c == '\u007F' || char.IsSurrogate(c) || c == '\uFFFD'
            ? $"U+{(int)c:X4}"
            : $"'{c}'";

    private static string Shorten(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in text.Length > 20 ? text[..20] : text)
        {
            builder.Append(c < ' ' || c == '\u007F' ? $"\\u{{{(int)c:X}}}" : c.ToString());
        }

        return text.Length > 20 ? builder + "..." : builder.ToString();
    }
}
