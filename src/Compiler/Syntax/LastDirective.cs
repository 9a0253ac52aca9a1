using System;
using System.Collections.Generic;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// Finds where a text's last `import`, `param`, `topology` or `namespace` keyword starts, which
/// the binder needs before the first statement of a file read a statement at a time (it holds
/// statements back until the preamble is complete). The answer is the lexer's own: only a
/// keyword token counts, never the word in a comment, a string or a longer name.
/// </summary>
/// <remarks>
/// Lexing the whole file for this was a tenth of a 100,000-guest check, on the main thread
/// before anything else could start. Instead the keywords' texts are searched for from the end
/// (a vectorized search), and only the lines that hold one are lexed, each once, from its start.
/// A line start is a place where the lexer starts a token or trivia, because nothing but a block
/// comment runs across a newline (a string ends at its line's end); so the one thing to know
/// beforehand is where the block comments are, and those can only start up to the last `/*` of
/// the text: the lexer reads up to there and no further (most files: a header comment or none).
/// </remarks>
internal static class LastDirective
{
    private static readonly string[] Keywords = { "import", "param", "topology", "namespace" };

    // The keywords' texts and the opening of a block comment, searched for from the end in one
    // pass: a streamed text (StreamedAscii) is read again from the file for it, once, not five times.
    private static readonly string[] Searched = [.. Keywords, "/*"];

    /// <summary>Where the last directive keyword starts; -1 when the text has none.</summary>
    public static int Find(SourceText source)
    {
        var text = source.Chars;
        Span<int> lastPlaces = stackalloc int[Searched.Length];
        text.LastIndexOfEach(Searched, text.Length, lastPlaces);
        var blockComments = BlockComments(source, lastOpening: lastPlaces[Keywords.Length]);
        var candidates = new KeywordTexts(text, lastPlaces[..Keywords.Length]);
        while (candidates.Last() is var candidate and >= 0)
        {
            var lineStart = text.LastIndexOf('\n', candidate) + 1;
            if (LastDirectiveOnLine(source, blockComments, lineStart) is var found and >= 0)
            {
                return found;
            }

            // Every keyword text from this line on is now known not to be a directive.
            candidates.Before(lineStart);
        }

        return -1;
    }

    /// <summary>The block comments of the text, in order: the lexer's, read up to the last place one could start.</summary>
    private static List<TextSpan> BlockComments(SourceText source, int lastOpening)
    {
        var comments = new List<TextSpan>();
        if (lastOpening < 0)
        {
            return comments;
        }

        var lexer = new Lexer(source, diagnostics: null) { BlockComments = comments };
        while (lexer.NextToken() is var token && token.Kind != SyntaxKind.EndOfFile && token.Start <= lastOpening)
        {
        }

        return comments;
    }

    /// <summary>The start of the last directive keyword on the line that starts at <paramref name="lineStart"/>; -1 when it holds none.</summary>
    private static int LastDirectiveOnLine(SourceText source, List<TextSpan> blockComments, int lineStart)
    {
        var lineEnd = source.Chars.IndexOf('\n', lineStart) is var newline and >= 0 ? newline : source.Length;
        var lexer = new Lexer(source, diagnostics: null, StartOutsideComments(blockComments, lineStart));
        var found = -1;
        while (lexer.NextToken() is var token && token.Kind != SyntaxKind.EndOfFile && token.Start < lineEnd)
        {
            if (SyntaxFacts.IsDirectiveKeyword(token.Kind))
            {
                found = token.Start;
            }
        }

        return found;
    }

    /// <summary>The line start, or the end of a block comment that started on an earlier line and runs past it.</summary>
    private static int StartOutsideComments(List<TextSpan> blockComments, int lineStart)
    {
        var index = blockComments.BinarySearch(new TextSpan(lineStart, 0), StartComparer.Instance);
        var before = (index >= 0 ? index : ~index) - 1;
        return before >= 0 && blockComments[before].End > lineStart ? blockComments[before].End : lineStart;
    }

    private sealed class StartComparer : IComparer<TextSpan>
    {
        public static readonly StartComparer Instance = new();

        public int Compare(TextSpan x, TextSpan y) => x.Start.CompareTo(y.Start);
    }

    /// <summary>
    /// The keywords' texts, whatever surrounds them, from the end of the text backwards. Each
    /// keyword's last place is searched for again only once the search has moved before it, so
    /// every keyword's search crosses the text once, however many lines are rejected.
    /// </summary>
    private sealed class KeywordTexts
    {
        private readonly SourceChars _text;
        private readonly int[] _last = new int[Keywords.Length];
        private int _limit;

        /// <param name="lastPlaces">Each keyword's last place in the whole text.</param>
        public KeywordTexts(SourceChars text, ReadOnlySpan<int> lastPlaces)
        {
            _text = text;
            _limit = text.Length;
            lastPlaces.CopyTo(_last);
        }

        /// <summary>Where the last keyword text lying wholly before the limit starts; -1 when none does.</summary>
        public int Last()
        {
            var last = -1;
            for (var i = 0; i < Keywords.Length; i++)
            {
                if (_last[i] >= 0 && _last[i] + Keywords[i].Length > _limit)
                {
                    _last[i] = Search(i);
                }

                last = Math.Max(last, _last[i]);
            }

            return last;
        }

        /// <summary>From now on, only texts lying wholly before <paramref name="limit"/> count.</summary>
        public void Before(int limit) => _limit = limit;

        private int Search(int keyword) => _text.LastIndexOf(Keywords[keyword], _limit);
    }
}
