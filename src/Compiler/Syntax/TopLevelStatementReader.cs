using System;
using System.Collections.Generic;
using TopoLang.Compiler.Syntax.Parsing;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// A file parsed a top-level statement at a time, as its reader asks for them
/// (<see cref="SyntaxTree.ReadStatementByStatement"/>). The parser hands nothing to anyone: the
/// reader pulls, and what it does with each statement is its own business. The tree's
/// diagnostics are complete once <see cref="ReadAll"/> has been read to the end.
/// </summary>
internal sealed class TopLevelStatementReader
{
    // Below this, a file is parsed before the thread that would parse it ahead is started.
    private const int ReadAheadMinimumLength = 64 * 1024;

    private readonly ParseContext? _context;
    private readonly bool _readAhead;
    private readonly Action _complete;
    private readonly Func<int> _findLastDirective;
    private int? _lastDirectiveStart;
    /// <summary>The parse ahead of the last <see cref="ReadAll"/>, when it read ahead; kept, stopped, once that reading ends.</summary>
    internal StatementReadAhead? ReadAhead { get; private set; }

    /// <param name="findLastDirective">Finds <see cref="LastDirectiveStart"/>; a search of the whole file, made once, on the reader's thread.</param>
    /// <param name="readAhead">Parse on another thread, up to three statements ahead of the reader (needs <see cref="ParseContext.Arena"/>).</param>
    public TopLevelStatementReader(SyntaxTree tree, ParseContext? context, Func<int> findLastDirective, Action complete, bool readAhead = false)
    {
        Tree = tree;
        _context = context;
        _findLastDirective = findLastDirective;
        _complete = complete;
        _readAhead = readAhead;
    }

    /// <summary>Whether parsing ahead on another core pays for the thread: a large file, and a core to spare.</summary>
    public static bool ReadingAheadPays(SourceText text) => text.Length >= ReadAheadMinimumLength && Environment.ProcessorCount > 1;

    /// <summary>The tree being read; it keeps no statements (its root is parsed again if asked for).</summary>
    public SyntaxTree Tree { get; }

    /// <summary>
    /// Where the file's last `import`, `param`, `topology` or `namespace` keyword starts, anywhere
    /// in the file; -1 when there is none. When the file is parsed ahead, it is found while the
    /// parse thread reads the first statements: the binder needs it only once one has come.
    /// </summary>
    public int LastDirectiveStart => _lastDirectiveStart ??= _findLastDirective();

    /// <summary>A file that is not parsed at all (too large: its tree holds the diagnostic).</summary>
    public static TopLevelStatementReader Empty(SyntaxTree tree) => new(tree, null, static () => -1, static () => { });

    /// <summary>
    /// The file's top-level statements, parsed as they are asked for. When the file is read with
    /// recycling, a statement's nodes are filled again once the next is asked for, unless
    /// <see cref="KeepRead"/> was called first.
    /// </summary>
    public IEnumerable<StatementSyntax> ReadAll()
    {
        if (_context is not null && _readAhead)
        {
            using var ahead = new StatementReadAhead(_context);
            ReadAhead = ahead;
            _ = LastDirectiveStart;
            while (ahead.Next() is { } statement)
            {
                yield return Handing(statement);
            }
        }
        else if (_context is not null)
        {
            while (Next(_context) is { } statement)
            {
                yield return Handing(statement);
            }
        }

        _complete();
    }

    /// <summary>Keeps every statement read so far as it is, for a reader that binds some statements later.</summary>
    public void KeepRead()
    {
        if (ReadAhead is { } ahead)
        {
            ahead.KeepHeld();
        }
        else
        {
            _context?.Arena?.KeepAll();
        }
    }

    /// <summary>
    /// A statement about to be handed to the reader: the text before it is read no more (the
    /// parse is past it, the reader done with the statements before), and a streamed text lets
    /// go of it (<see cref="StreamedAscii"/>); a statement kept and bound later reads it again.
    /// </summary>
    private StatementSyntax Handing(StatementSyntax statement)
    {
        _context!.Source.Chars.ReleaseBefore(statement.Span.Start);
        return statement;
    }

    private static StatementSyntax? Next(ParseContext context)
    {
        context.Arena?.ReleaseAll();
        return NextTopLevelStatementParser.ReadNext(context);
    }
}
