using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A declared param. Its value is the binder's business (it sits in the scope the blocks are
/// bound in); the model keeps whether it has one, so that Model needs nothing from Binding.
/// </summary>
public sealed record ParamModel(string Name, string Type, bool HasValue, SourceLocation Location);
