using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>A param or loop variable used in a value (`memory web_memory`, `"web-${i}"`), and where it is declared.</summary>
public readonly record struct VariableReference(string Name, SourceLocation Declaration, SourceLocation Location);
