using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// The one namespace of a topology: every host, guest, domain, network, provider, cloud,
/// deployment and instance, where each is declared, and every reference that resolved to one
/// (what "go to definition" and "find references" read), and every use of a param or loop variable;
/// a table made for a compile that reads neither declares its symbols only (<see cref="RecordsReferences"/>).
/// </summary>
public sealed class SymbolTable
{
    private readonly Dictionary<string, Symbol> _symbols = new(System.StringComparer.Ordinal);
    private readonly AppendOnlyList<SymbolReference> _references = new();
    private readonly AppendOnlyList<VariableReference> _variableReferences = new();

    /// <param name="recordsReferences">Keep <see cref="References"/> and <see cref="VariableReferences"/>; without, both stay empty.</param>
    public SymbolTable(bool recordsReferences = true) => RecordsReferences = recordsReferences;

    /// <summary>Whether references and uses of variables are kept (<see cref="TopoCompilationOptions.RecordReferences"/>).</summary>
    public bool RecordsReferences { get; }

    public int Count => _symbols.Count;

    /// <summary>Makes room for <paramref name="count"/> symbols at once, rather than growing by doubling as they come.</summary>
    internal void EnsureCapacity(int count) => _symbols.EnsureCapacity(count);

    public IEnumerable<Symbol> All => _symbols.Values;

    /// <summary>Every resolved reference, in the order they were checked (source order per file).</summary>
    public IReadOnlyList<SymbolReference> References => _references;

    /// <summary>
    /// Adds a symbol; when the name is taken, returns false and the earlier symbol. A broken
    /// declaration (<see cref="Symbol.IsBroken"/>) gives way to a sound one of the same name, and
    /// never makes one a duplicate: its own fault is already reported.
    /// </summary>
    public bool TryDeclare(Symbol symbol, out Symbol existing)
    {
        // One lookup for the look and the store: a fleet declares a symbol per guest.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_symbols, symbol.Name, out var taken);
        if (taken && !(slot!.IsBroken && !symbol.IsBroken))
        {
            existing = slot;
            return false;
        }

        slot = symbol;
        existing = symbol;
        return true;
    }

    public Symbol? Find(string name) => _symbols.TryGetValue(name, out var symbol) ? symbol : null;

    public IEnumerable<string> NamesOf(EntityKind kind) => _symbols.Values.Where(s => s.Kind == kind && !s.IsBroken).Select(s => s.Name);

    /// <summary>Every use of a param or loop variable in a value, each place once, in the order they were bound.</summary>
    public IReadOnlyList<VariableReference> VariableReferences => _variableReferences;

    public void AddVariableReference(VariableReference reference)
    {
        if (RecordsReferences)
        {
            _variableReferences.Add(reference);
        }
    }

    public void AddReference(Symbol symbol, SourceLocation location)
    {
        if (RecordsReferences)
        {
            _references.Add(new SymbolReference(symbol, location));
        }
    }

    /// <summary>
    /// Whether a reference to <paramref name="name"/> as a <paramref name="kind"/> resolves already,
    /// for good: a sound symbol is never replaced by a later declaration (<see cref="TryDeclare"/>).
    /// </summary>
    public bool ResolvesForGood(string name, EntityKind kind) =>
        _symbols.TryGetValue(name, out var symbol) && symbol.Kind == kind && !symbol.IsBroken;

    public IEnumerable<SourceLocation> ReferencesTo(Symbol symbol) =>
        _references.Where(reference => ReferenceEquals(reference.Symbol, symbol)).Select(reference => reference.Location);
}
