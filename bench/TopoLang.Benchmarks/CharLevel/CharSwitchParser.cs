using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace TopoLang.Benchmarks.CharLevel;

/// <summary>
/// Picks the parser to run from the current character, the way a hand-written parser would.
/// </summary>
/// <remarks>
/// Pidgin's <c>OneOf</c>/<c>Or</c> try each alternative in turn, and every failing one rents
/// pooled arrays and records what it expected: measured at 20x slower than the parser alone.
/// Nearly every choice in TopoLang is decided by one character, so a table lookup replaces
/// the trial. The chosen parser runs with Pidgin's own state; nothing else is hand-written.
/// </remarks>
public sealed class CharSwitchParser<T> : Parser<char, T>
{
    private readonly Parser<char, T>?[] _ascii = new Parser<char, T>?[128];
    private readonly Parser<char, T>? _nonAscii;
    private readonly Parser<char, T>? _endOfInput;
    private readonly Expected<char> _expected;

    public CharSwitchParser(
        string label,
        IEnumerable<(Func<char, bool> When, Parser<char, T> Then)> cases,
        Parser<char, T>? nonAscii = null,
        Parser<char, T>? endOfInput = null)
    {
        foreach (var (when, then) in cases)
        {
            for (int c = 0; c < _ascii.Length; c++)
            {
                // First match wins, as in a switch statement.
                if (_ascii[c] is null && when((char)c))
                {
                    _ascii[c] = then;
                }
            }
        }

        _nonAscii = nonAscii;
        _endOfInput = endOfInput;
        _expected = new Expected<char>(label);
    }

    public override bool TryParse(
        ref ParseState<char> state,
        ref PooledList<Expected<char>> expecteds,
        [MaybeNullWhen(false)] out T result)
    {
        Parser<char, T>? next;
        if (state.HasCurrent)
        {
            char c = state.Current;
            next = c < 128 ? _ascii[c] : _nonAscii;
            if (next is null)
            {
                state.SetError(Maybe.Just(c), false, state.Location, null);
            }
        }
        else
        {
            next = _endOfInput;
            if (next is null)
            {
                state.SetError(Maybe.Nothing<char>(), true, state.Location, null);
            }
        }

        if (next is null)
        {
            expecteds.Add(_expected);
            result = default;
            return false;
        }

        return next.TryParse(ref state, ref expecteds, out result);
    }
}
