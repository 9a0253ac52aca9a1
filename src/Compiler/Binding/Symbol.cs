using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>A declared entity: its name, kind, where it was declared, and its bound entry.</summary>
public sealed record Symbol(string Name, EntityKind Kind, SourceLocation Location, BoundEntry Entry);
