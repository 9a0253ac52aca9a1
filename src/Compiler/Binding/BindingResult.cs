using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// What binding produces: the typed model, the top-level bound blocks behind it (without hosts,
/// networks and deployments unless asked for: see <see cref="TopLevelProjection"/>), the symbols,
/// and usage errors from outside values.
/// </summary>
public sealed record BindingResult(TopologyModel Model, BoundBlock Root, SymbolTable Symbols, ImmutableArray<string> UsageErrors);
