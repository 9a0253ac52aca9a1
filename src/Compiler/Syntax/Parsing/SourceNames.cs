using System;
using System.Threading;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The names written in one source, each made into a string once while it is in the table
/// (<see cref="NameTable"/>). The parse makes the names it needs now through one; the syntax of a
/// file read ahead of its binder makes its entries' words and its names in value position
/// through another, when the binder first reads them: the parse thread was the slower of the
/// two, and a name made there was a fifth of its time.
/// </summary>
/// <remarks>
/// One thread uses each (the parse, the binder), and it alone shares names through the table,
/// without a lock (a lock was 2% of the binder's samples). A node kept and read on another thread
/// gets its name made for it, not shared: the same text, never a torn table.
/// </remarks>
internal sealed class SourceNames
{
    private readonly SourceText _source;
    private readonly NameTable _table = new();
    private char[] _scratch = new char[64];
    private int _reader;

    public SourceNames(SourceText source) => _source = source;

    public string NameOf(TextSpan span)
    {
        var thread = Environment.CurrentManagedThreadId;
        if (_reader != thread && Interlocked.CompareExchange(ref _reader, thread, 0) != 0)
        {
            return _source.ToString(span);
        }

        if (span.Length > _scratch.Length)
        {
            _scratch = new char[span.Length];
        }

        return _table.Intern(_source.Chars.Read(span, _scratch));
    }
}
