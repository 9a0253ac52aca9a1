using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Binds statements against a block's schema: entries and their values, nested blocks, `for`
/// loops (expanded, within the limits), declarations into the symbol table, and the checks the
/// schema implies: TOPO1001, 1002, 1004, 1005, 1006, 1007 and 3007.
/// </summary>
internal sealed class BlockBinder
{
    private static readonly IntSpec RangeBound = new(-1_000_000_000_000, 1_000_000_000_000, "a whole number");

    private readonly DiagnosticBag _diagnostics;
    private readonly ValueBinder _values;
    private readonly SymbolTable _symbols;
    private readonly BoundArena _arena = new();
    private readonly List<Variable> _loopVariables = new();
    private readonly HashSet<ForStatementSyntax> _loopsSeen = new(ReferenceEqualityComparer.Instance);

    // Loops whose range is written as two numbers and is in error: the same error on every pass
    // of the loops around them, reported once and then skipped (a million outer passes each
    // formatting it again took seconds).
    private readonly HashSet<ForStatementSyntax> _literalRangesInError = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(BlockSpec, string), string?> _didYouMean = new();
    private long _expandedEntries;
    private bool _limitReported;
    private int _loopDepth;
    private bool _expansionStopped;

    public BlockBinder(DiagnosticBag diagnostics, SymbolTable symbols)
    {
        _diagnostics = diagnostics;
        _values = new ValueBinder(diagnostics, symbols, _arena);
        _symbols = symbols;
    }

    public ValueBinder Values => _values;

    public IReadOnlyList<Variable> LoopVariables => _loopVariables;

    /// <summary>Binds <paramref name="statements"/> into <paramref name="block"/>; <paramref name="where"/> names the block in messages.</summary>
    public void BindStatements(ImmutableArray<StatementSyntax> statements, SourceText source, Scope scope, BoundBlock block, BlockPath where, bool topLevel)
    {
        foreach (var statement in statements)
        {
            if (_limitReported)
            {
                return;
            }

            BindStatement(statement, source, scope, block, where, topLevel);
        }
    }

    private void BindStatement(StatementSyntax statement, SourceText source, Scope scope, BoundBlock block, BlockPath where, bool topLevel)
    {
        switch (statement)
        {
            case EntryStatementSyntax entry:
                BindEntry(entry, source, scope, block, where);
                break;
            case ForStatementSyntax loop:
                BindFor(loop, source, scope, block, where, topLevel);
                break;
            case ErrorStatementSyntax { EntryWord: { } word } error:
                block.MarkPresent(word);
                DeclareBroken(error, word, source, block);
                break;
            case HeaderStatementSyntax or ImportStatementSyntax or ParamStatementSyntax when !topLevel:
                ReportTopLevelOnly(statement, source, where);
                break;
        }
    }

    /// <summary>Binds one statement of a file's top level into <paramref name="root"/>.</summary>
    public void BindTopLevel(StatementSyntax statement, SourceText source, Scope scope, BoundBlock root)
    {
        if (!_limitReported)
        {
            BindStatement(statement, source, scope, root, BlockPath.TopLevel, topLevel: true);
        }
    }

    /// <summary>TOPO1005 for each required entry the block lacks.</summary>
    public void CheckRequired(BoundBlock block, BlockPath where)
    {
        foreach (var spec in block.Spec.EntryList)
        {
            // Most entries are optional: only a required one is looked for among the block's entries.
            if ((!spec.Required && spec.RequiredUnless is null) || block.IsPresent(spec.Word))
            {
                continue;
            }

            if (spec.Required)
            {
                _diagnostics.Add(DiagnosticFactory.MissingEntry(block.Owner, where.ToString(), spec.Word));
            }
            else if (spec.RequiredUnless is { } other && !block.IsPresent(other))
            {
                _diagnostics.Add(DiagnosticFactory.MissingEntry(block.Owner, where.ToString(), $"{spec.Word}' or '{other}"));
            }
        }
    }

    // The word's characters are matched where they are written: the string of a word read ahead
    // of the binder is made only for a message (an unknown word), not to look its spec up.
    private static EntrySpec? FindSpec(BlockSpec spec, EntryStatementSyntax syntax, SourceText source)
    {
        var word = syntax.Word.Span;
        if (word.Length > spec.LongestWord)
        {
            return null;
        }

        System.Span<char> scratch = stackalloc char[word.Length];
        return spec.Find(source.Chars.Read(word, scratch));
    }

    private void BindEntry(EntryStatementSyntax syntax, SourceText source, Scope scope, BoundBlock block, BlockPath where)
    {
        var wordLocation = new SourceLocation(source, syntax.Word.Span);
        var spec = FindSpec(block.Spec, syntax, source);
        if (spec is null)
        {
            ReportUnknownEntry(syntax, wordLocation, block, where);
            return;
        }

        CountExpandedEntry(syntax, source);
        var mark = _arena.Mark();
        var (first, rest) = BindSlots(spec, syntax, source, scope, wordLocation);
        var child = BindChildBlock(spec, first, wordLocation, syntax, source, scope, where);
        var entry = _arena.Entry(spec, wordLocation, first, rest, child);
        var duplicate = FindDuplicate(block, entry);
        if (duplicate is not null)
        {
            _diagnostics.Add(DiagnosticFactory.DuplicateEntry(wordLocation, BlockPath.Word(spec, first), where.ToString())
                .WithRelated(new RelatedLocation(duplicate.WordLocation, "given first here")));
            ReleaseUnlessNested(block, mark);
            return;
        }

        Declare(entry);
        if (!block.Add(entry))
        {
            // Projected onto the model and not kept: its bound tree is dead, and the next one is bound into it.
            _arena.Release(mark);
        }
    }

    /// <summary>A top-level entry that was not kept takes its bound tree back to the arena; a nested one belongs to its parent.</summary>
    private void ReleaseUnlessNested(BoundBlock block, BoundArena.Position mark)
    {
        if (block.Admits)
        {
            _arena.Release(mark);
        }
    }

    /// <returns>The first slot's value, and the others' in an array only when the schema gives more than one slot.</returns>
    private (BoundValue? First, BoundValue?[]? Others) BindSlots(EntrySpec spec, EntryStatementSyntax syntax, SourceText source, Scope scope, SourceLocation wordLocation)
    {
        BoundValue? first = null;
        var rest = spec.Slots.Length > 1 ? _arena.OtherSlots(spec.Slots.Length - 1) : null;
        var count = System.Math.Min(syntax.Values.Length, spec.Slots.Length);
        for (var i = 0; i < count; i++)
        {
            var value = _values.Bind(spec.Slots[i].Spec, syntax.Values[i], source, scope, spec.Word);
            if (i == 0)
            {
                first = value;
            }
            else
            {
                rest![i - 1] = value;
            }
        }

        if (syntax.Values.Length < spec.RequiredSlotCount)
        {
            var missing = spec.Slots[syntax.Values.Length];
            _diagnostics.Add(DiagnosticFactory.WrongValue(wordLocation, spec.Word, Expectation(spec), syntax.Values.IsEmpty ? "no value" : $"no {missing.Name}"));
        }
        else if (syntax.Values.Length > spec.Slots.Length)
        {
            var extra = syntax.Values[spec.Slots.Length];
            var found = $"an extra value '{Shorten(source.ToString(extra.Span))}'";
            _diagnostics.Add(DiagnosticFactory.WrongValue(new SourceLocation(source, extra.Span), spec.Word, Expectation(spec), found));
        }

        return (first, rest);
    }

    /// <param name="parent">Where the entry itself is; the child's own path is made only when it has a block.</param>
    private BoundBlock? BindChildBlock(EntrySpec spec, BoundValue? first, SourceLocation wordLocation, EntryStatementSyntax syntax, SourceText source, Scope scope, BlockPath parent)
    {
        var selector = spec.BlockVariants.IsEmpty ? null : (first as WordValue)?.Word;
        var blockSpec = spec.BlockFor(selector);
        if (syntax.Block is null)
        {
            if (spec.Block == BlockRequirement.Required && (blockSpec is not null || spec.BlockVariants.IsEmpty))
            {
                _diagnostics.Add(DiagnosticFactory.WrongValue(wordLocation, spec.Word, "a block { ... }", "none"));
            }

            return null;
        }

        if (spec.Block == BlockRequirement.None)
        {
            _diagnostics.Add(DiagnosticFactory.WrongValue(new SourceLocation(source, syntax.Block.OpenBrace.Span), spec.Word, Expectation(spec), "a block"));
            return null;
        }

        if (blockSpec is null)
        {
            return null; // the value that selects the block is in error, already reported
        }

        var where = _arena.Path(parent, spec, first);
        var child = _arena.Block(blockSpec, wordLocation, syntax.Block.Statements.Length);
        BindStatements(syntax.Block.Statements, source, scope, child, where, topLevel: false);
        CheckRequired(child, where);
        return child;
    }

    private void BindFor(ForStatementSyntax loop, SourceText source, Scope scope, BoundBlock block, BlockPath where, bool topLevel)
    {
        var variableLocation = new SourceLocation(source, loop.VariableToken.Span);
        if (_loopsSeen.Add(loop))
        {
            // Once per loop, not once per pass of the loops around it.
            _loopVariables.Add(new Variable(loop.Variable, "loop variable", variableLocation));
        }

        if (_literalRangesInError.Contains(loop))
        {
            MarkBodyPresent(loop.Body.Statements, block);
            return;
        }

        var from = _values.Bind(RangeBound, loop.From, source, scope, "for") as IntValue;
        var to = _values.Bind(RangeBound, loop.To, source, scope, "for") as IntValue;
        if (from is null || to is null || !CheckRange(loop, source, from.Value, to.Value))
        {
            if (loop.From is NumberValueSyntax && loop.To is NumberValueSyntax)
            {
                _literalRangesInError.Add(loop);
            }

            MarkBodyPresent(loop.Body.Statements, block);
            return;
        }

        if (!CheckLoopSize(loop, source, to.Value - from.Value + 1))
        {
            MarkBodyPresent(loop.Body.Statements, block);

            // Refused inside another loop's expansion, it would be refused again on every pass of
            // the loops around it: those stop too.
            _expansionStopped |= _loopDepth > 0;
            return;
        }

        _loopDepth++;
        var repeatedAround = _values.InRepeatedTurn;
        try
        {
            for (var i = from.Value; i <= to.Value && !_limitReported && !_expansionStopped; i++)
            {
                _values.InRepeatedTurn = repeatedAround || i > from.Value;
                var before = _expandedEntries;
                var inner = scope.With(loop.Variable, new ScopeValue(new IntValue(i, variableLocation), "loop variable", variableLocation));
                BindStatements(loop.Body.Statements, source, inner, block, where, topLevel);

                // A pass that expands no entry still costs work: it counts as one, as CheckLoopSize projects.
                if (_expandedEntries == before)
                {
                    _expandedEntries++;
                    CheckExpandedEntries(new SourceLocation(source, loop.Keyword.Span));
                }
            }
        }
        finally
        {
            _values.InRepeatedTurn = repeatedAround;
            if (--_loopDepth == 0)
            {
                _expansionStopped = false;
            }
        }
    }

    private bool CheckRange(ForStatementSyntax loop, SourceText source, long from, long to)
    {
        if (to >= from)
        {
            return true;
        }

        var span = TextSpan.FromBounds(loop.From.Span.Start, loop.To.Span.End);
        _diagnostics.Add(DiagnosticFactory.ValueOutOfRange(new SourceLocation(source, span), "range", "from a lower to a higher bound", $"{from}..{to}"));
        return false;
    }

    /// <summary>Refuses, before expanding anything, a loop that would go beyond the entity or work limits.</summary>
    private bool CheckLoopSize(ForStatementSyntax loop, SourceText source, long iterations)
    {
        var (entities, entries) = LoopCost.Of(loop.Body.Statements, source);
        var projectedEntities = Saturating.Multiply(iterations, entities);
        var projectedEntries = Saturating.Multiply(iterations, System.Math.Max(1, entries));
        if (Saturating.Add(_symbols.Count, projectedEntities) <= CompilerLimits.MaxEntities
            && Saturating.Add(_expandedEntries, projectedEntries) <= CompilerLimits.MaxExpandedEntries)
        {
            return true;
        }

        var what = projectedEntities > 0 ? $"{Saturating.Format(projectedEntities)} entities" : $"{Saturating.Format(projectedEntries)} entries";
        _diagnostics.Add(DiagnosticFactory.LimitExceeded(
            new SourceLocation(source, loop.Keyword.Span),
            string.Create(CultureInfo.InvariantCulture, $"this loop would create {what}, more than the limit of {CompilerLimits.MaxEntities:N0} entities and {CompilerLimits.MaxExpandedEntries:N0} entries in a topology")));
        return false;
    }

    private void CountExpandedEntry(EntryStatementSyntax syntax, SourceText source)
    {
        _expandedEntries++;
        if (_symbols.Count >= CompilerLimits.MaxEntities && !_limitReported)
        {
            _limitReported = true;
            _diagnostics.Add(DiagnosticFactory.LimitExceeded(
                new SourceLocation(source, syntax.Word.Span),
                string.Create(CultureInfo.InvariantCulture, $"the topology declares more than the limit of {CompilerLimits.MaxEntities:N0} entities")));
        }

        CheckExpandedEntries(new SourceLocation(source, syntax.Word.Span));
    }

    /// <summary>
    /// The running total behind the projections of <see cref="CheckLoopSize"/>: a loop whose
    /// bounds are computed (`1..n`, `1..i`) is projected once but may run on every pass of the
    /// loops around it. Crossing the limit stops binding, as the entity limit does.
    /// </summary>
    private void CheckExpandedEntries(SourceLocation location)
    {
        if (_expandedEntries > CompilerLimits.MaxExpandedEntries && !_limitReported)
        {
            _limitReported = true;
            _diagnostics.Add(DiagnosticFactory.LimitExceeded(
                location,
                string.Create(CultureInfo.InvariantCulture, $"the topology, loops expanded, has more than the limit of {CompilerLimits.MaxExpandedEntries:N0} entries")));
        }
    }

    private static void MarkBodyPresent(ImmutableArray<StatementSyntax> statements, BoundBlock block)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case EntryStatementSyntax entry:
                    block.MarkPresent(entry.WordText);
                    break;
                case ForStatementSyntax inner:
                    MarkBodyPresent(inner.Body.Statements, block);
                    break;
                case ErrorStatementSyntax { EntryWord: { } word }:
                    block.MarkPresent(word);
                    break;
            }
        }
    }

    private static BoundEntry? FindDuplicate(BoundBlock block, BoundEntry entry) =>
        entry.Spec.Repeatable ? null : block.FindGivenOnce(entry.Spec, entry.Key);

    private void Declare(BoundEntry entry)
    {
        if (entry.Spec.Declares is not { Kind: { } kind } || entry.Name is not { } name || entry.NameLocation is not { } location)
        {
            return;
        }

        if (!_symbols.TryDeclare(new Symbol(name, kind, location, entry.Spec.Word), out var existing))
        {
            _diagnostics.Add(DiagnosticFactory.DuplicateName(location, name, existing.Word)
                .WithRelated(new RelatedLocation(existing.Location, $"the {existing.Word} '{name}' is declared here")));
        }
    }

    /// <summary>
    /// `network web ^ { }`: the statement is reported and not bound, but its name is declared (as
    /// broken), so the guests that join `web` do not also get TOPO1003.
    /// </summary>
    private void DeclareBroken(ErrorStatementSyntax error, string word, SourceText source, BoundBlock block)
    {
        if (error.Name is { } name && block.Spec.Find(word)?.Declares is { Kind: { } kind })
        {
            _symbols.TryDeclare(new Symbol(name.Name, kind, new SourceLocation(source, name.Token.Span), word) { IsBroken = true }, out _);
        }
    }

    private void ReportUnknownEntry(EntryStatementSyntax syntax, SourceLocation location, BoundBlock block, BlockPath where)
    {
        var spec = block.Spec;
        if (spec.Misplaced.TryGetValue(syntax.WordText, out var instead))
        {
            _diagnostics.Add(DiagnosticFactory.XenDomainMisplaced(location, syntax.WordText, where.ToString(), instead));
            return;
        }

        // Once per word and block kind: a loop body reports the same unknown entry on every pass.
        if (!_didYouMean.TryGetValue((spec, syntax.WordText), out var suggestion))
        {
            suggestion = Suggestions.Closest(syntax.WordText, spec.Entries.Keys);
            _didYouMean[(spec, syntax.WordText)] = suggestion;
        }

        // The entry the typo meant is there, written wrong: it is not also missing (one mistake, one diagnostic).
        if (suggestion is not null)
        {
            block.MarkPresent(suggestion);
        }

        _diagnostics.Add(DiagnosticFactory.EntryNotAllowed(location, syntax.WordText, where.ToString(), Suggestions.Phrase(suggestion)));
    }

    private void ReportTopLevelOnly(StatementSyntax statement, SourceText source, BlockPath where)
    {
        var keyword = statement switch
        {
            HeaderStatementSyntax header => header.Keyword,
            ImportStatementSyntax import => import.Keyword,
            _ => ((ParamStatementSyntax)statement).Keyword,
        };
        var word = source.ToString(keyword.Span);
        _diagnostics.Add(DiagnosticFactory.EntryNotAllowed(new SourceLocation(source, keyword.Span), word, where.ToString(), $"; '{word}' is only allowed at the top level of a file"));
    }

    private static string Expectation(EntrySpec spec) => spec.Slots.IsEmpty
        ? "no value"
        : string.Join(" and ", spec.Slots.Select(slot => slot.Optional ? $"optionally {slot.Spec.Description}" : slot.Spec.Description));

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..27] + "...";
}
