using System.Collections.Immutable;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The statements of a file or a block, with error recovery: a statement that fails is
/// reported once (TOPO0002 at the furthest point reached), kept as an error node, and parsing
/// resumes at the next statement end or closing brace. A block's list also ends where a
/// statement can only be top level (<see cref="TopLevelRestart"/>).
/// </summary>
internal static class StatementListParser
{
    public static ImmutableArray<StatementSyntax> Parse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, bool insideBlock)
    {
        var statements = context.StatementLists.Rent();
        while (Next(ref state, ref expecteds, context, insideBlock) is { } statement)
        {
            statements.Add(statement);
        }

        return context.Statements(statements);
    }

    /// <summary>The list's next statement, or null at its end (the end of the file, or the block's `}`).</summary>
    public static StatementSyntax? Next(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, bool insideBlock)
    {
        while (true)
        {
            var token = context.Current(ref state);
            switch (token.Kind)
            {
                case SyntaxKind.Newline or SyntaxKind.Semicolon:
                    state.Advance(1);
                    continue;
                case SyntaxKind.EndOfFile:
                    return null;
                case SyntaxKind.CloseBrace when insideBlock:
                    return null;
                case SyntaxKind.CloseBrace:
                    context.ReportSyntaxError(token, "a statement");
                    state.Advance(1);
                    continue;
            }

            if (insideBlock && TopLevelRestart.IsAt(context, context.Index(ref state)))
            {
                return null;
            }

            return ParseStatement(ref state, ref expecteds, context);
        }
    }

    private static StatementSyntax ParseStatement(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context)
    {
        var start = context.Index(ref state);
        context.ResetFailure();
        if (Grammar.Statement.TryParse(ref state, ref expecteds, out var statement))
        {
            return statement;
        }

        expecteds.Clear();
        var at = context.Index(ref state);
        var resumeAt = System.Math.Max(at, context.FailureIndex);
        context.ReportFurthestFailure();
        if (resumeAt > at)
        {
            state.Advance(resumeAt - at);
        }

        return SkipStatement(ref state, ref expecteds, context, start);
    }

    /// <summary>
    /// Skips the rest of a failed statement up to its end (a newline or `;`, consumed, or a `}`),
    /// parsing any block on the way so that the errors inside it are still found.
    /// </summary>
    private static ErrorStatementSyntax SkipStatement(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, int start)
    {
        var blocks = ImmutableArray.CreateBuilder<BlockSyntax>();
        var end = context.Tokens[start].End;
        while (true)
        {
            var token = context.Current(ref state);
            if (token.Kind is SyntaxKind.Newline or SyntaxKind.Semicolon)
            {
                state.Advance(1);
                break;
            }

            if (token.Kind is SyntaxKind.CloseBrace or SyntaxKind.EndOfFile)
            {
                break;
            }

            if (token.Kind == SyntaxKind.OpenBrace && context.Index(ref state) == start)
            {
                // A block with no entry word in front belongs to nothing: skip it whole, or
                // `{{{{` would report every level.
                Recovery.SkipBalanced(ref state, context, SyntaxKind.OpenBrace, SyntaxKind.CloseBrace);
                end = context.Tokens[context.Index(ref state) - 1].End;
                continue;
            }

            if (token.Kind == SyntaxKind.OpenBrace)
            {
                var block = BlockParser.Parse(ref state, ref expecteds, context, isEntryBlock: true);
                blocks.Add(block);
                end = block.Span.End;
                continue;
            }

            state.Advance(1);
            end = token.End;
        }

        var first = context.Tokens[start];
        var word = first.Kind == SyntaxKind.Identifier ? context.NameOf(first) : null;
        return new ErrorStatementSyntax(first, word, Text.TextSpan.FromBounds(first.Start, System.Math.Max(end, first.End)), blocks.ToImmutable())
        {
            Name = NameAfter(start, context, word),
        };
    }

    /// <summary>The name right after a failed statement's word (`network web = { }`), when there is one.</summary>
    private static NameValueSyntax? NameAfter(int start, ParseContext context, string? word)
    {
        if (word is null || !context.Tokens.Exists(start + 1))
        {
            return null;
        }

        var next = context.Tokens[start + 1];
        return next.Kind == SyntaxKind.Identifier ? new NameValueSyntax(next, context.NameOf(next)) : null;
    }
}
