using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Binding;

/// <summary>What binding produces: the typed model, the bound blocks behind it, the symbols, and usage errors from outside values.</summary>
public sealed record BindingResult(TopologyModel Model, BoundBlock Root, SymbolTable Symbols, ImmutableArray<string> UsageErrors);
