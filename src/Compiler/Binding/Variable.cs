using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>A declared param or loop variable, kept to check that no entity shares its name.</summary>
public sealed record Variable(string Name, string Kind, SourceLocation Location);
