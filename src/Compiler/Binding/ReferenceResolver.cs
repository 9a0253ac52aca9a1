using System.Collections.Generic;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Checks every reference once all names are declared, so order does not matter: TOPO1003 for a
/// name declared nowhere, or declared as another kind of thing.
/// </summary>
internal sealed class ReferenceResolver
{
    private readonly DiagnosticBag _diagnostics;
    private readonly SymbolTable _symbols;

    public ReferenceResolver(DiagnosticBag diagnostics, SymbolTable symbols)
    {
        _diagnostics = diagnostics;
        _symbols = symbols;
    }

    public void Resolve(BoundBlock block)
    {
        foreach (var entry in block.Entries)
        {
            foreach (var slot in entry.Slots)
            {
                Check(slot);
            }

            if (entry.Block is not null)
            {
                Resolve(entry.Block);
            }
        }
    }

    private void Check(BoundValue? value)
    {
        switch (value)
        {
            case ReferenceValue reference:
                CheckReference(reference);
                break;
            case ListValue list:
                foreach (var item in list.Items)
                {
                    Check(item);
                }

                break;
        }
    }

    private void CheckReference(ReferenceValue reference)
    {
        var kind = reference.Kind.WithArticle();
        var noun = kind[(kind.IndexOf(' ') + 1)..];
        var symbol = _symbols.Find(reference.Name);
        if (symbol is null)
        {
            _diagnostics.Report(DiagnosticCatalog.UndeclaredName, reference.Location, noun, reference.Name, Suggestions.DidYouMean(reference.Name, _symbols.NamesOf(reference.Kind)));
        }
        else if (symbol.Kind != reference.Kind)
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.UndeclaredName, reference.Location, noun, reference.Name, $" ('{reference.Name}' is {symbol.Kind.WithArticle()})")
                .WithRelated(new RelatedLocation(symbol.Location, $"'{reference.Name}' is declared here")));
        }
    }
}
