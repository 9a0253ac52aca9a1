using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>A param with its final value (default or `-p`); Value is null when it has none or it is in error.</summary>
public sealed record ParamModel(string Name, string Type, BoundValue? Value, SourceLocation Location);
