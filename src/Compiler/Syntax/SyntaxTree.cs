using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Pidgin;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax.Parsing;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>A parsed file: its text, its tokens (every character of the text belongs to one token or its trivia), its tree and the diagnostics of lexing and parsing.</summary>
public sealed class SyntaxTree
{
    private SyntaxToken[]? _tokens;
    private CompilationUnitSyntax? _root;

    private SyntaxTree(SourceText text, CompilationUnitSyntax? root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        _root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }

    /// <summary>
    /// Every token of the file. The tree's nodes hold their own tokens, so the parse's token
    /// array is not kept (it is as large as the rest of the tree); asking for it lexes the text
    /// again, which gives the same tokens.
    /// </summary>
    public ImmutableArray<SyntaxToken> Tokens => ImmutableCollectionsMarshal.AsImmutableArray(_tokens ??= Lex(Text, new DiagnosticBag()).ToArray());

    /// <summary>
    /// The file's syntax. A tree parsed statement by statement did not keep it: asking for it
    /// parses the text again, which gives the same tree.
    /// </summary>
    public CompilationUnitSyntax Root
    {
        get
        {
            if (_root is null)
            {
                Interlocked.CompareExchange(ref _root, Parse(Text)._root, null);
            }

            return _root!;
        }
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; private set; }

    public static SyntaxTree Parse(SourceText text)
    {
        var diagnostics = new DiagnosticBag();
        if (text.Length > CompilerLimits.MaxFileLength)
        {
            return TooLarge(text, diagnostics);
        }

        var context = CreateContext(text, diagnostics);
        var root = Grammar.CompilationUnit.ParseOrThrow(context.Tokens.All.AsSpan(), context);
        return new SyntaxTree(text, root, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Parses the text as <see cref="Parse(SourceText)"/> does, with the same diagnostics, but a
    /// top-level statement at a time as the reader is asked for them, keeping none: the compiler
    /// binds the entry file this way, so that a fleet's syntax never exists whole. Nor do its
    /// tokens: the parse lexes the text as it goes, into a window that holds the statement being
    /// parsed (<see cref="TokenBuffer"/>). The lexer's diagnostics are listed before the parser's,
    /// as when the whole text is lexed first; what the binder must know before the first
    /// statement, where the last directive is, is found without lexing it all (<see cref="LastDirective"/>).
    /// </summary>
    /// <param name="recycle">
    /// Parse each statement into the nodes of the ones before it (<see cref="SyntaxArena"/>): for a
    /// reader that is done with a statement once it asks for the next, or that says what it keeps
    /// (<see cref="TopLevelStatementReader.KeepRead"/>).
    /// </param>
    /// <param name="readAhead">With <paramref name="recycle"/>: parse on another thread, one statement ahead of the reader (<see cref="StatementReadAhead"/>).</param>
    internal static TopLevelStatementReader ReadStatementByStatement(SourceText text, bool recycle = false, bool readAhead = false)
    {
        var diagnostics = new DiagnosticBag();
        if (text.Length > CompilerLimits.MaxFileLength)
        {
            return TopLevelStatementReader.Empty(TooLarge(text, diagnostics));
        }

        var lexicalDiagnostics = new DiagnosticBag();
        var lexer = new Lexer(text, lexicalDiagnostics);
        var context = new ParseContext(text, new TokenBuffer(lexer), diagnostics)
        {
            // The lexer is always ahead of the parser's questions: they are about text already lexed.
            LexicalErrors = new LexicalErrorIndex(lexer.ErrorStarts, lexer.BracesInUnterminatedStrings),
            Arena = recycle ? new SyntaxArena() : null,
        };
        var tree = new SyntaxTree(text, null, ImmutableArray<Diagnostic>.Empty);
        return new TopLevelStatementReader(tree, context, () => LastDirective.Find(text), () => tree.Diagnostics = LexicalFirst(lexicalDiagnostics, diagnostics), recycle && readAhead);
    }

    /// <summary>The lexer's diagnostics, then the parser's, taken as one bag would have taken them (its limit and its duplicates).</summary>
    private static ImmutableArray<Diagnostic> LexicalFirst(DiagnosticBag lexical, DiagnosticBag parser)
    {
        var all = new DiagnosticBag();
        all.AddRange(lexical);
        all.AddRange(parser);
        return all.ToImmutable();
    }

    /// <summary>
    /// Parses the text for its diagnostics only, a top-level statement at a time and keeping
    /// none, and hands back the tokens the parse read: all a tool that lays out tokens needs.
    /// </summary>
    internal static (ArraySegment<SyntaxToken> Tokens, ImmutableArray<Diagnostic> Diagnostics) ParseTokens(SourceText text)
    {
        var diagnostics = new DiagnosticBag();
        if (text.Length > CompilerLimits.MaxFileLength)
        {
            return (ArraySegment<SyntaxToken>.Empty, TooLarge(text, diagnostics).Diagnostics);
        }

        var context = CreateContext(text, diagnostics);
        context.Arena = new SyntaxArena();
        do
        {
            context.Arena!.ReleaseAll();
        }
        while (NextTopLevelStatementParser.ReadNext(context) is not null);

        return (context.Tokens.All, diagnostics.ToImmutable());
    }

    /// <summary>A parse of the whole text's tokens, lexed first.</summary>
    private static ParseContext CreateContext(SourceText text, DiagnosticBag diagnostics)
    {
        var lexer = new Lexer(text, diagnostics);
        return new ParseContext(text, new TokenBuffer(lexer.Tokenize()), diagnostics)
        {
            LexicalErrors = new LexicalErrorIndex(lexer.ErrorStarts, lexer.BracesInUnterminatedStrings),
        };
    }

    private static ArraySegment<SyntaxToken> Lex(SourceText text, DiagnosticBag diagnostics) => new Lexer(text, diagnostics).Tokenize();

    /// <summary>The trivia in front of <paramref name="token"/>: from the end of the token before it (or the start of the file) to its start.</summary>
    public IEnumerable<SyntaxTrivia> GetLeadingTrivia(SyntaxToken token) => TriviaScanner.ScanAll(Text.Text, TextSpan.FromBounds(PreviousEnd(token), token.Start));

    private int PreviousEnd(SyntaxToken token)
    {
        var tokens = Tokens;
        int low = 0, high = tokens.Length - 1, end = 0;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (tokens[middle].Start < token.Start)
            {
                end = tokens[middle].End;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return end;
    }

    /// <summary>Every token with its trivia, in order: the text of the file, exactly.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(Text.Length);
        var previousEnd = 0;
        foreach (var token in Tokens)
        {
            foreach (var trivia in TriviaScanner.ScanAll(Text.Text, TextSpan.FromBounds(previousEnd, token.Start)))
            {
                builder.Append(Text.Text, trivia.Span.Start, trivia.Span.Length);
            }

            builder.Append(Text.Text, token.Start, token.Length);
            previousEnd = token.End;
        }

        return builder.ToString();
    }

    private static SyntaxTree TooLarge(SourceText text, DiagnosticBag diagnostics)
    {
        diagnostics.Add(DiagnosticFactory.LimitExceeded(
            new SourceLocation(text, new TextSpan(CompilerLimits.MaxFileLength, 0)),
            string.Create(CultureInfo.InvariantCulture, $"the file has {text.Length:N0} characters, more than the limit of {CompilerLimits.MaxFileLength:N0}")));
        var endOfFile = new SyntaxToken(SyntaxKind.EndOfFile, text.Length, 0);
        var root = new CompilationUnitSyntax(ImmutableArray<StatementSyntax>.Empty, endOfFile);
        return new SyntaxTree(text, root, diagnostics.ToImmutable()) { _tokens = [endOfFile] };
    }
}
