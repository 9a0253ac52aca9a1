using System;
using System.Collections.Generic;
using Pidgin;
using Pidgin.Configuration;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The state of one parse, handed to every parser through Pidgin's configuration: the tokens,
/// the diagnostics, the name table, the nesting depth, and the furthest failure of the current
/// statement (what was expected there), from which TOPO0002 messages are written.
/// </summary>
internal sealed class ParseContext : IConfiguration<SyntaxToken>
{
    private readonly List<string> _expected = new();
    private int _failureIndex = -1;

    public ParseContext(SourceText source, ArraySegment<SyntaxToken> tokens, DiagnosticBag diagnostics)
    {
        Source = source;
        Tokens = tokens.Array!;
        TokenCount = tokens.Count;
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }

    /// <summary>The lexer's buffer: the tokens are its first <see cref="TokenCount"/> items, the last of them the end of the file.</summary>
    public SyntaxToken[] Tokens { get; }

    public int TokenCount { get; }

    public DiagnosticBag Diagnostics { get; }

    public NameTable Names { get; } = new();

    /// <summary>The token where the next top-level statement starts, when the file is read a statement at a time.</summary>
    public int ResumeIndex { get; set; }

    public BuilderPool<StatementSyntax> StatementLists { get; } = new();

    public BuilderPool<ValueSyntax> ValueLists { get; } = new();

    /// <summary>Blocks and lists open around the current position.</summary>
    public int Depth { get; set; }

    /// <summary>Entries' blocks (not loop bodies) open around the current position.</summary>
    public int EntryBlockDepth { get; set; }

    public LexicalErrorIndex LexicalErrors { get; init; } = LexicalErrorIndex.None;

    /// <summary>The token where every open block was closed by <see cref="TopLevelRestart"/>; -1 when none was.</summary>
    public int TopLevelRestartIndex { get; set; } = -1;

    /// <summary>Whether the missing `}` at <see cref="TopLevelRestartIndex"/> was reported: by the innermost block only.</summary>
    public bool TopLevelRestartReported { get; set; }

    public int FailureIndex => _failureIndex;

    /// <summary>
    /// Set once something was reported at the end of the file: every block and list still open
    /// there would otherwise add its own "found end of file", a cascade from one mistake.
    /// </summary>
    public bool EndOfFileReported { get; set; }

    // Positions are computed from token spans, never by Pidgin.
    public Func<SyntaxToken, SourcePosDelta> SourcePosCalculator { get; } = static _ => new SourcePosDelta(0, 0);

    public IArrayPoolProvider ArrayPoolProvider => DefaultArrayPoolProvider.Instance;

    public string NameOf(SyntaxToken token) => Names.Intern(Source.AsSpan(token.Span));

    /// <summary>Records that <paramref name="what"/> was expected at token <paramref name="index"/>; only the furthest failure counts.</summary>
    public void Expect(int index, string what)
    {
        if (index > _failureIndex)
        {
            _failureIndex = index;
            _expected.Clear();
        }

        if (index == _failureIndex && !_expected.Contains(what))
        {
            _expected.Add(what);
        }
    }

    public void ResetFailure()
    {
        _failureIndex = -1;
        _expected.Clear();
    }

    /// <summary>TOPO0002 at the furthest failure: "expected X, found Y".</summary>
    public void ReportFurthestFailure()
    {
        var index = Math.Max(_failureIndex, 0);
        var found = Tokens[Math.Min(index, TokenCount - 1)];
        ReportSyntaxError(found, JoinExpected());
        ResetFailure();
    }

    public void ReportSyntaxError(SyntaxToken found, string expected, RelatedLocation? related = null)
    {
        if (found.Kind == SyntaxKind.EndOfFile)
        {
            if (EndOfFileReported)
            {
                return;
            }

            EndOfFileReported = true;
        }

        var diagnostic = DiagnosticFactory.SyntaxError(Locate(found), expected, Describe(found));
        Diagnostics.Add(related is null ? diagnostic : diagnostic.WithRelated(related));
    }

    public void ReportLimit(SyntaxToken at, string message) =>
        Diagnostics.Add(DiagnosticFactory.LimitExceeded(new SourceLocation(Source, at.Span), message));

    /// <summary>
    /// Where to report a problem with <paramref name="token"/>. A missing thing at the end of a
    /// line or of the file is reported just after the last real token (docs/language.md, "Grammar").
    /// </summary>
    public SourceLocation Locate(SyntaxToken token)
    {
        if (token.Kind is not (SyntaxKind.Newline or SyntaxKind.EndOfFile))
        {
            return new SourceLocation(Source, token.Span);
        }

        var end = 0;
        for (var i = IndexOf(token) - 1; i >= 0; i--)
        {
            if (Tokens[i].Kind != SyntaxKind.Newline)
            {
                end = Tokens[i].End;
                break;
            }
        }

        return new SourceLocation(Source, new TextSpan(end, 0));
    }

    private int IndexOf(SyntaxToken token)
    {
        var index = Array.BinarySearch(Tokens, 0, TokenCount, token, TokenStartComparer.Instance);
        return index >= 0 ? index : ~index;
    }

    private string Describe(SyntaxToken token) => token.Kind switch
    {
        SyntaxKind.Newline or SyntaxKind.EndOfFile => SyntaxFacts.GetDisplayText(token.Kind),
        _ => $"'{Shorten(Source.ToString(token.Span))}'",
    };

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "...";

    private string JoinExpected()
    {
        if (_expected.Count == 0)
        {
            return "a statement";
        }

        if (_expected.Count == 1)
        {
            return _expected[0];
        }

        return string.Join(", ", _expected.GetRange(0, _expected.Count - 1)) + " or " + _expected[^1];
    }

    private sealed class TokenStartComparer : IComparer<SyntaxToken>
    {
        public static readonly TokenStartComparer Instance = new();

        public int Compare(SyntaxToken x, SyntaxToken y) => x.Start.CompareTo(y.Start);
    }
}
