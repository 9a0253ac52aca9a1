using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>A name written where an entity of its kind is expected, and the symbol it resolved to.</summary>
public readonly record struct SymbolReference(Symbol Symbol, SourceLocation Location);
