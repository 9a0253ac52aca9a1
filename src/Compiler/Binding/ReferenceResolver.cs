using System.Collections.Generic;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Checks every reference once all names are declared, so order does not matter: TOPO1003 for a
/// name declared nowhere, or declared as another kind of thing. References are collected as each
/// top-level entry is bound (its bound block may not outlive it) and checked at the end. When the
/// symbol table does not record references, one whose name is declared already, soundly and as
/// its kind, is done with at once: nothing declared later changes it, and a fleet's 100,000
/// references to networks declared above them need not wait.
/// </summary>
internal sealed class ReferenceResolver
{
    /// <summary>
    /// Symbols looked at for "did you mean" suggestions, all references together. Each undeclared
    /// name is compared with every symbol of its kind: n undeclared names against n symbols would
    /// be n^2 comparisons (minutes at 65,536 networks). Past this, names get no suggestion.
    /// </summary>
    internal const long SuggestionBudget = 10_000_000;

    private readonly DiagnosticBag _diagnostics;
    private readonly SymbolTable _symbols;
    private readonly Dictionary<(string, EntityKind), string> _suggestions = new();
    // Copies, not the values: a fleet's host is bound into the values of the host before it.
    private AppendOnlyList<Pending> _pending = new();
    private long _suggestionWork;

    public ReferenceResolver(DiagnosticBag diagnostics, SymbolTable symbols)
    {
        _diagnostics = diagnostics;
        _symbols = symbols;
    }

    /// <summary>Keeps the references of an entry and of its block, in source order, for <see cref="Resolve"/>.</summary>
    public void Collect(BoundEntry entry)
    {
        for (var slot = 0; slot < entry.SlotCount; slot++)
        {
            Collect(entry[slot]);
        }

        if (entry.Block is { } block)
        {
            foreach (var child in block.EntrySpan)
            {
                Collect(child);
            }
        }
    }

    /// <summary>Checks every collected reference against the symbols, all declared by now.</summary>
    public void Resolve()
    {
        foreach (var reference in _pending)
        {
            CheckReference(reference);
        }

        _pending = new();
    }

    private void Collect(BoundValue? value)
    {
        switch (value)
        {
            case ReferenceValue reference:
                if (_symbols.RecordsReferences || !_symbols.ResolvesForGood(reference.Name, reference.Kind))
                {
                    _pending.Add(new Pending(reference.Name, reference.Kind, reference.Location));
                }

                break;
            case ListValue list:
                foreach (var item in list.Items)
                {
                    Collect(item);
                }

                break;
        }
    }

    private void CheckReference(Pending reference)
    {
        var symbol = _symbols.Find(reference.Name);
        if (symbol is not null && symbol.Kind == reference.Kind)
        {
            _symbols.AddReference(symbol, reference.Location);
        }
        else if (symbol is null)
        {
            _diagnostics.Add(DiagnosticFactory.UndeclaredName(reference.Location, Noun(reference.Kind), reference.Name, DidYouMean(reference)));
        }
        else if (symbol.Kind != reference.Kind)
        {
            _diagnostics.Add(DiagnosticFactory.UndeclaredName(reference.Location, Noun(reference.Kind), reference.Name, $" ('{reference.Name}' is {symbol.Kind.WithArticle()})")
                .WithRelated(new RelatedLocation(symbol.Location, $"'{reference.Name}' is declared here")));
        }
    }

    private static string Noun(EntityKind kind)
    {
        var withArticle = kind.WithArticle();
        return withArticle[(withArticle.IndexOf(' ') + 1)..];
    }

    /// <summary>A suggestion for an undeclared name: once per name (a loop repeats its references), within the budget.</summary>
    private string DidYouMean(Pending reference)
    {
        var key = (reference.Name, reference.Kind);
        if (_suggestions.TryGetValue(key, out var known))
        {
            return known;
        }

        var suggestion = string.Empty;
        if (_suggestionWork + _symbols.Count <= SuggestionBudget)
        {
            _suggestionWork += _symbols.Count;
            suggestion = Suggestions.DidYouMean(reference.Name, _symbols.NamesOf(reference.Kind));
        }

        _suggestions[key] = suggestion;
        return suggestion;
    }

    /// <summary>A reference waiting for every name to be declared.</summary>
    private readonly record struct Pending(string Name, EntityKind Kind, SourceLocation Location);
}
