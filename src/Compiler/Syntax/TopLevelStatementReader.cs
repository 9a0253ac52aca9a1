using System;
using System.Collections.Generic;
using TopoLang.Compiler.Syntax.Parsing;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// A file parsed a top-level statement at a time, as its reader asks for them
/// (<see cref="SyntaxTree.ReadStatementByStatement"/>). The parser hands nothing to anyone: the
/// reader pulls, and what it does with each statement is its own business. The tree's
/// diagnostics are complete once <see cref="ReadAll"/> has been read to the end.
/// </summary>
internal sealed class TopLevelStatementReader
{
    private readonly ParseContext? _context;
    private readonly Action _complete;

    public TopLevelStatementReader(SyntaxTree tree, ParseContext? context, int lastDirectiveStart, Action complete)
    {
        Tree = tree;
        _context = context;
        LastDirectiveStart = lastDirectiveStart;
        _complete = complete;
    }

    /// <summary>The tree being read; it keeps no statements (its root is parsed again if asked for).</summary>
    public SyntaxTree Tree { get; }

    /// <summary>Where the file's last `import`, `param`, `topology` or `namespace` keyword starts, anywhere in the file; -1 when there is none.</summary>
    public int LastDirectiveStart { get; }

    /// <summary>A file that is not parsed at all (too large: its tree holds the diagnostic).</summary>
    public static TopLevelStatementReader Empty(SyntaxTree tree) => new(tree, null, -1, static () => { });

    /// <summary>
    /// The file's top-level statements, parsed as they are asked for. When the file is read with
    /// recycling, a statement's nodes are filled again once the next is asked for, unless
    /// <see cref="KeepRead"/> was called first.
    /// </summary>
    public IEnumerable<StatementSyntax> ReadAll()
    {
        if (_context is not null)
        {
            while (Next(_context) is { } statement)
            {
                yield return statement;
            }
        }

        _complete();
    }

    /// <summary>Keeps every statement read so far as it is, for a reader that binds some statements later.</summary>
    public void KeepRead() => _context?.Arena?.KeepAll();

    private static StatementSyntax? Next(ParseContext context)
    {
        context.Arena?.ReleaseAll();
        return NextTopLevelStatementParser.ReadNext(context);
    }
}
