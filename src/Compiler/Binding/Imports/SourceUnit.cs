using System.Collections.Immutable;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Binding.Imports;

/// <summary>One file of a topology: the entry file, an imported file or the prelude.</summary>
public sealed record SourceUnit(SyntaxTree Tree, string FullPath, SourceUnitKind Kind)
{
    private readonly ImmutableArray<StatementSyntax> _preamble;

    /// <summary>
    /// The top-level statements read before any entry is bound: imports, params and headers are
    /// found among them. Every statement of the file, unless the file is bound as it is parsed
    /// (the entry file): then those up to its last import, param or header.
    /// </summary>
    public ImmutableArray<StatementSyntax> Preamble
    {
        get => _preamble.IsDefault ? Tree.Root.Statements : _preamble;
        init => _preamble = value;
    }
}

public enum SourceUnitKind
{
    Prelude,
    Entry,
    Import,
}
