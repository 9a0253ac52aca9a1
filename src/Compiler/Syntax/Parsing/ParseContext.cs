using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    // Where Read puts the characters of an ASCII text's span: grown to the longest token read.
    private char[] _scratch = new char[64];
    private SourceNames? _laterNames;
    private SourceNames? _parsedNames;

    private readonly List<string> _expected = new();
    private int _failureIndex = -1;

    public ParseContext(SourceText source, TokenBuffer tokens, DiagnosticBag diagnostics)
    {
        Source = source;
        Tokens = tokens;
        Input = new TokenStream(tokens);
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }

    /// <summary>The tokens, by their index in the file: all of them, or a window from the current top-level statement on.</summary>
    public TokenBuffer Tokens { get; }

    /// <summary>
    /// The index in the file of the token at Pidgin's location 0: each top-level statement read
    /// alone (<see cref="NextTopLevelStatementParser"/>) is a parse of its own whose input starts
    /// there, and the parsers keep every index absolute.
    /// </summary>
    public int IndexBase { get; set; }

    /// <summary>Pidgin's input when the file is read a top-level statement at a time, started again at each statement.</summary>
    public TokenStream Input { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The index in the file of the state's current token.</summary>
    public int Index(ref ParseState<SyntaxToken> state) => IndexBase + (int)state.Location;

    public SyntaxToken Current(ref ParseState<SyntaxToken> state) => Tokens[Index(ref state)];

    private SourceNames ParsedNames => _parsedNames ??= new SourceNames(Source);

    /// <summary>The names of the nodes made in <see cref="Arena"/>, made when their reader first asks (the binder, on its own thread).</summary>
    public SourceNames LaterNames => _laterNames ??= new SourceNames(Source);

    /// <summary>The token where the next top-level statement starts, when the file is read a statement at a time.</summary>
    public int ResumeIndex { get; set; }

    public BuilderPool<StatementSyntax> StatementLists { get; } = new();

    public BuilderPool<ValueSyntax> ValueLists { get; } = new();

    /// <summary>
    /// Where the nodes of the statement being parsed come from when they are recycled once the
    /// reader is done with them (<see cref="SyntaxArena"/>); null when the reader keeps them.
    /// </summary>
    public SyntaxArena? Arena { get; set; }

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

    /// <summary>A name made now, by the parse (its reader's names are made later: <see cref="LaterNames"/>).</summary>
    public string NameOf(SyntaxToken token) => ParsedNames.NameOf(token.Span);

    /// <summary>The characters of <paramref name="span"/>, valid until the next read: a text kept as bytes is read out into one buffer.</summary>
    public ReadOnlySpan<char> Read(TextSpan span)
    {
        if (span.Length > _scratch.Length)
        {
            _scratch = new char[span.Length];
        }

        return Source.Chars.Read(span, _scratch);
    }

    public EntryStatementSyntax Entry(SyntaxToken word, ImmutableArray<ValueSyntax> values, BlockSyntax? block) =>
        Arena?.Entry(word, LaterNames, values, block) ?? new EntryStatementSyntax(word, NameOf(word), values, block);

    public BlockSyntax Block(SyntaxToken openBrace, ImmutableArray<StatementSyntax> statements, SyntaxToken? closeBrace) =>
        Arena?.Block(openBrace, statements, closeBrace) ?? new BlockSyntax(openBrace, statements, closeBrace);

    /// <summary>The built list, in the arena when there is one; the builder goes back to its pool.</summary>
    public ImmutableArray<ValueSyntax> Values(ImmutableArray<ValueSyntax>.Builder items) => ValueLists.Return(items, Arena?.ValueLists);

    /// <inheritdoc cref="Values"/>
    public ImmutableArray<StatementSyntax> Statements(ImmutableArray<StatementSyntax>.Builder items) => StatementLists.Return(items, Arena?.StatementLists);

    /// <summary>The value of one token (not a list), of the token's kind.</summary>
    public TokenValueSyntax TokenValue(SyntaxToken token) => token.Kind switch
    {
        SyntaxKind.String => Arena?.String(token) ?? new StringValueSyntax(token),
        SyntaxKind.Number => Arena?.Number(token) ?? new NumberValueSyntax(token),
        SyntaxKind.Quantity => Arena?.Quantity(token) ?? new QuantityValueSyntax(token),
        SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword => Arena?.Bool(token) ?? new BoolValueSyntax(token),
        _ => Arena?.Name(token, LaterNames) ?? new NameValueSyntax(token, NameOf(token)),
    };

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
        var found = Tokens.AtOrEnd(index);
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

        return new SourceLocation(Source, new TextSpan(Tokens.EndOfLastTokenBefore(Tokens.IndexOf(token)), 0));
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
}
