using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler;

/// <summary>What a compilation is asked to do beyond reading its entry file.</summary>
public sealed record TopoCompilationOptions
{
    public static readonly TopoCompilationOptions Default = new();

    /// <summary>Values for the topology's params (`-p NAME=VALUE`), as written.</summary>
    public ImmutableDictionary<string, string> Parameters { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The operator's values for the placeholders of the artifacts and plan (`--values FILE`, `-v kind:key=value`).</summary>
    public Emit.Targets.OperatorValues Values { get; init; } = Emit.Targets.OperatorValues.None;

    /// <summary>Imports may not leave this folder; null means the entry file's folder.</summary>
    public string? ProjectRoot { get; init; }

    /// <summary>Warnings suppressed or made errors (`--nowarn`, `--error`, `--warnaserror`).</summary>
    public DiagnosticOptions Diagnostics { get; init; } = DiagnosticOptions.Default;

    /// <summary>The C# namespace of the generated code when the topology has no `namespace`; null: the global namespace.</summary>
    public string? DefaultNamespace { get; init; }

    /// <summary>Where imported files are read from.</summary>
    public ISourceFileSystem FileSystem { get; init; } = DiskFileSystem.Instance;

    /// <summary>
    /// Record in the symbol table every reference that resolved and every use of a param or loop
    /// variable (<see cref="Binding.SymbolTable.References"/>, <see cref="Binding.SymbolTable.VariableReferences"/>):
    /// what go to definition, find references and rename read. A compile that reports diagnostics
    /// and writes outputs does not read them (`topo`, the MSBuild task turn this off): at 100,000
    /// guests they are 200,000 records, about 9 MiB.
    /// </summary>
    public bool RecordReferences { get; init; } = true;

    /// <summary>
    /// Read a large ASCII entry file a block at a time as the parse reaches it, letting go of the
    /// blocks the binder is past, instead of holding the whole file (<see cref="Text.StreamedAscii"/>):
    /// at 100,000 guests, 17 MB less at the peak. The file stays open while its text is alive and
    /// is read again for what is asked of it later (a diagnostic's excerpt), so a process that keeps
    /// compilations (an editor's) holds the whole text instead; `topo` streams.
    /// </summary>
    public bool StreamLargeFiles { get; init; }

    /// <summary>
    /// Keep every bound block in <see cref="Binding.BindingResult.Root"/>; by default the blocks
    /// of hosts, networks and deployments are let go once projected onto the model.
    /// </summary>
    internal bool KeepBoundBlocks { get; init; }
}
