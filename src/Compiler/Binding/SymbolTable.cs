using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;

namespace TopoLang.Compiler.Binding;

/// <summary>The one namespace of a topology: every host, guest, domain, network, provider, cloud, deployment and instance.</summary>
public sealed class SymbolTable
{
    private readonly Dictionary<string, Symbol> _symbols = new(System.StringComparer.Ordinal);

    public int Count => _symbols.Count;

    public IEnumerable<Symbol> All => _symbols.Values;

    /// <summary>Adds a symbol; when the name is taken, returns false and the earlier symbol.</summary>
    public bool TryDeclare(Symbol symbol, out Symbol existing)
    {
        if (_symbols.TryGetValue(symbol.Name, out existing!))
        {
            return false;
        }

        _symbols.Add(symbol.Name, symbol);
        existing = symbol;
        return true;
    }

    public Symbol? Find(string name) => _symbols.TryGetValue(name, out var symbol) ? symbol : null;

    public IEnumerable<string> NamesOf(EntityKind kind) => _symbols.Values.Where(s => s.Kind == kind).Select(s => s.Name);
}
