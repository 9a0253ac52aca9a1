using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Binding.Imports;

/// <summary>One file of a topology: the entry file, an imported file or the prelude.</summary>
public sealed record SourceUnit(SyntaxTree Tree, string FullPath, SourceUnitKind Kind);

public enum SourceUnitKind
{
    Prelude,
    Entry,
    Import,
}
