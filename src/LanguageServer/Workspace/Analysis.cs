using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.LanguageServer.Workspace;

/// <summary>
/// One entry file compiled as the CLI compiles it (imports read through the overlay), and the
/// files it took in: the answer every feature reads for the documents among those files.
/// </summary>
public sealed class Analysis
{
    private readonly ImmutableHashSet<string> _files;
    // SourceText has reference equality: each unit's text is one object, shared by every location in it.
    private readonly Dictionary<SourceText, string> _pathByText;

    private Analysis(string entryPath, TopoCompilation compilation)
    {
        EntryPath = entryPath;
        Compilation = compilation;
        var files = compilation.Units.Where(unit => unit.Kind != SourceUnitKind.Prelude).ToList();
        _files = files.Select(unit => unit.FullPath).ToImmutableHashSet(StringComparer.Ordinal);
        _pathByText = files.ToDictionary(unit => unit.Tree.Text, unit => unit.FullPath);
        DiagnosticsByFile = compilation.GetDiagnostics()
            .GroupBy(diagnostic => PathOf(diagnostic.Location.Source) ?? FullPathOf(diagnostic.Location.Path))
            .ToImmutableDictionary(group => group.Key, group => group.ToImmutableArray(), StringComparer.Ordinal);
    }

    public string EntryPath { get; }

    public TopoCompilation Compilation { get; }

    /// <summary>The entry file and every file it imports, by full path.</summary>
    public IReadOnlySet<string> Files => _files;

    private ImmutableDictionary<string, ImmutableArray<Diagnostic>> DiagnosticsByFile { get; }

    public static Analysis Compile(OpenDocument entry, WorkspaceRoot root, ISourceFileSystem files)
    {
        var options = new TopoCompilationOptions
        {
            ProjectRoot = root.FullPath ?? Path.GetDirectoryName(entry.FullPath),
            FileSystem = files,
        };
        return new Analysis(entry.FullPath, TopoCompilation.Create(entry.Text, options));
    }

    public bool Includes(string fullPath) => _files.Contains(fullPath);

    public ImmutableArray<Diagnostic> DiagnosticsOf(string fullPath) =>
        DiagnosticsByFile.TryGetValue(fullPath, out var diagnostics) ? diagnostics : ImmutableArray<Diagnostic>.Empty;

    /// <summary>The full path of the file a text of this compilation was read from; null for the prelude.</summary>
    public string? PathOf(SourceText text) => _pathByText.GetValueOrDefault(text);

    /// <summary>The text of a file as this compilation read it.</summary>
    public SourceText? TextOf(string fullPath) => _pathByText.FirstOrDefault(pair => pair.Value == fullPath).Key;

    /// <summary>The full path of a file the compilation names (the entry's path is full; imports are named next to it).</summary>
    public static string FullPathOf(string path) => path.Length == 0 || path.StartsWith('<') ? path : Path.GetFullPath(path);
}
