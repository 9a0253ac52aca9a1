using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// Parses a file's top-level statements on a thread of its own, up to three statements ahead of its
/// reader: while the compiler binds a host, the next host is lexed and parsed on the other core.
/// </summary>
/// <remarks>
/// Statements are parsed into a few arenas in turn (<see cref="SyntaxArena"/>). An arena is filled
/// again only once the reader has asked for the statement after the one it holds, so the reader
/// sees each statement exactly as a parse on its own thread gives it, and the order of everything
/// (statements, their nodes, the parse's diagnostics) is the same. The parse thread touches the
/// parse context only; the reader touches the statement it holds only.
/// </remarks>
internal sealed class StatementReadAhead : IDisposable
{
    // A secondary thread gets 1.5 MB of stack by default. The parse recurses once per level of
    // nesting, down to the limit of 100, and must not run out where the main thread (8 MB) would not.
    private const int StackBytes = 8 * 1024 * 1024;

    // How many statements the parse may be ahead of the reader, plus the one the reader holds.
    // Hosts differ in size: with room for three ahead, a small host's quick parse is not held up
    // by a large one being bound, and the binder finds the next host ready.
    private const int ArenaCount = 4;

    private readonly ParseContext _context;
    private readonly SyntaxArena[] _arenas = Enumerable.Range(0, ArenaCount).Select(_ => new SyntaxArena()).ToArray();
    private readonly SemaphoreSlim _freeArenas = new(ArenaCount, ArenaCount);
    private readonly BlockingCollection<Parsed> _parsed = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private SyntaxArena? _held;

    public StatementReadAhead(ParseContext context)
    {
        _context = context;
        _thread = new Thread(ParseAll, StackBytes) { IsBackground = true, Name = "TopoLang read-ahead parse" };
        _thread.Start();
    }

    /// <summary>Whether the parse thread is still running (it stops at the end of the file or once disposed).</summary>
    public bool IsRunning => _thread.IsAlive;

    /// <summary>The next statement, or null at the end of the file. The statement returned before it may be filled again from now on, unless it was kept.</summary>
    public StatementSyntax? Next()
    {
        if (_held is not null)
        {
            _held = null;
            _freeArenas.Release();
        }

        var parsed = _parsed.Take();
        parsed.Failure?.Throw();
        _held = parsed.Arena;
        return parsed.Statement;
    }

    /// <summary>Keeps the statement last returned as it is, for good.</summary>
    public void KeepHeld() => _held?.KeepAll();

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
        _freeArenas.Dispose();
        _parsed.Dispose();
    }

    private void ParseAll()
    {
        try
        {
            for (var turn = 0; ; turn++)
            {
                _freeArenas.Wait(_stop.Token);
                var arena = _arenas[turn % ArenaCount];
                arena.ReleaseAll();
                _context.Arena = arena;
                var statement = NextTopLevelStatementParser.ReadNext(_context);
                _parsed.Add(new Parsed(statement, arena, null));
                if (statement is null)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The reader stopped early: nothing waits for the rest.
        }
        catch (Exception exception)
        {
            _parsed.Add(new Parsed(null, null, ExceptionDispatchInfo.Capture(exception)));
        }
    }

    /// <summary>A statement and the arena it was parsed into; or what the parse thread threw.</summary>
    private readonly record struct Parsed(StatementSyntax? Statement, SyntaxArena? Arena, ExceptionDispatchInfo? Failure);
}
