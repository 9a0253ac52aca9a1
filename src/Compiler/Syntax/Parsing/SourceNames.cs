using System;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The names written in one source, each made into a string once while it is in the table
/// (<see cref="NameTable"/>). The syntax of a file read ahead of its binder makes its entries'
/// words and its names in value position through this, when the binder first reads them: the
/// parse thread is the slower of the two, and a name made there was a fifth of its time.
/// </summary>
/// <remarks>
/// Safe to use from any thread: a lock around a lookup that takes tens of nanoseconds costs the
/// reader little, and a syntax node kept past its statement may be read from wherever it is kept.
/// </remarks>
internal sealed class SourceNames
{
    private readonly SourceText _source;
    private readonly NameTable _table = new();
    private char[] _scratch = new char[64];

    public SourceNames(SourceText source) => _source = source;

    public string NameOf(TextSpan span)
    {
        lock (_table)
        {
            if (span.Length > _scratch.Length)
            {
                _scratch = new char[span.Length];
            }

            return _table.Intern(_source.Chars.Read(span, _scratch));
        }
    }
}
