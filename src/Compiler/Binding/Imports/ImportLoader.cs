using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Imports;

/// <summary>
/// Follows `import` statements from the entry file: each path relative to the importing file,
/// each file read once, cycles and paths outside the project root refused (TOPO1008). A refused
/// file is never read, so no diagnostic can echo its content.
/// </summary>
internal sealed class ImportLoader
{
    private readonly ISourceFileSystem _files;
    private readonly string _root;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<SourceUnit> _units = new();
    private readonly Dictionary<string, SourceUnit> _byPath = new(StringComparer.Ordinal);

    public ImportLoader(ISourceFileSystem files, string root, DiagnosticBag diagnostics)
    {
        _files = files;
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _diagnostics = diagnostics;
    }

    public ImmutableArray<SourceUnit> Load(SyntaxTree entry, string entryFullPath) =>
        Load(new SourceUnit(entry, entryFullPath, SourceUnitKind.Entry));

    /// <summary>The entry file and every file it imports, in the order they are read.</summary>
    public ImmutableArray<SourceUnit> Load(SourceUnit unit)
    {
        Add(unit);
        Follow(unit, ImmutableStack<ImportStep>.Empty);
        return _units.ToImmutableArray();
    }

    private void Add(SourceUnit unit)
    {
        _units.Add(unit);
        _byPath[unit.FullPath] = unit;
    }

    private void Follow(SourceUnit unit, ImmutableStack<ImportStep> chain)
    {
        foreach (var import in unit.Preamble.OfType<ImportStatementSyntax>())
        {
            var location = new SourceLocation(unit.Tree.Text, import.Path.Span);
            var written = Decode(import.Path, unit.Tree.Text, location);
            if (written is null)
            {
                continue;
            }

            var step = new ImportStep(unit.FullPath, written, location);
            var target = Resolve(unit, written, location, chain);
            if (target is null || _byPath.ContainsKey(target))
            {
                continue;
            }

            if (chain.Count() + 1 >= CompilerLimits.MaxImportDepth)
            {
                _diagnostics.Add(DiagnosticFactory.LimitExceeded(location, $"imports are nested deeper than the limit of {CompilerLimits.MaxImportDepth} files"));
                continue;
            }

            var child = Read(unit, written, target, location);
            if (child is not null)
            {
                Follow(child, chain.Push(step));
            }
        }
    }

    private string? Decode(StringValueSyntax path, SourceText text, SourceLocation location)
    {
        var literal = text.ToString(path.Span);
        if (StringLiteral.HasInterpolation(literal))
        {
            _diagnostics.Add(DiagnosticFactory.ImportFailed(location, literal, "an import path cannot use ${...}: imports are read before params are known"));
            return null;
        }

        return string.Concat(StringLiteral.Decode(literal).OfType<TextPart>().Select(p => p.Text));
    }

    /// <summary>The full path of an import, or null (reported) when it is outside the root or closes a cycle.</summary>
    private string? Resolve(SourceUnit importer, string written, SourceLocation location, ImmutableStack<ImportStep> chain)
    {
        // NUL can be written (`"\u{0}"`) but ends a path at the operating system: no file has it.
        if (written.Contains('\0'))
        {
            _diagnostics.Add(DiagnosticFactory.ImportFailed(location, written.Replace("\0", "\\u{0}"), "a path cannot hold the character U+0000"));
            return null;
        }

        var directory = Path.GetDirectoryName(importer.FullPath) ?? _root;
        var target = Path.GetFullPath(Path.Combine(directory, written));
        var linked = _files.FileExists(target) ? _files.ResolveLink(target) : null;
        if (!IsInsideRoot(target) || (linked is not null && !IsInsideRoot(linked)))
        {
            _diagnostics.Add(DiagnosticFactory.ImportFailed(location, written, $"it is outside the project root '{_root}'"));
            return null;
        }

        if (target == importer.FullPath || chain.Any(step => step.From == target))
        {
            ReportCycle(importer, written, location, chain, target);
            return null;
        }

        return target;
    }

    private SourceUnit? Read(SourceUnit importer, string written, string target, SourceLocation location)
    {
        if (!_files.FileExists(target))
        {
            _diagnostics.Add(DiagnosticFactory.ImportFailed(location, written, $"no such file ({target})"));
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = _files.ReadAllBytes(target);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Add(DiagnosticFactory.ImportFailed(location, written, "it cannot be read: " + exception.Message));
            return null;
        }

        var (text, encoding) = SourceFile.Decode(bytes, DisplayPath(importer, written));
        if (encoding is not null)
        {
            _diagnostics.Add(encoding);
        }

        var unit = new SourceUnit(SyntaxTree.Parse(text), target, SourceUnitKind.Import);
        Add(unit);
        return unit;
    }

    private void ReportCycle(SourceUnit importer, string written, SourceLocation location, ImmutableStack<ImportStep> chain, string target)
    {
        // The chain holds the imports from the entry file down to the importer, innermost first.
        var steps = chain.Reverse().SkipWhile(step => step.From != target).ToList();
        var names = steps.Select(step => Path.GetFileName(step.From)).Append(Path.GetFileName(importer.FullPath)).Append(Path.GetFileName(target));
        var diagnostic = DiagnosticFactory.ImportFailed(location, written, string.Join(" -> ", names) + " is a cycle");
        _diagnostics.Add(diagnostic.WithRelated(steps.Select(step => new RelatedLocation(step.Location, $"'{Path.GetFileName(step.From)}' imports '{step.Written}' here")).ToArray()));
    }

    private bool IsInsideRoot(string fullPath) =>
        fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || fullPath == _root;

    /// <summary>How diagnostics name an imported file: next to its importer, as the user named the entry file.</summary>
    private static string DisplayPath(SourceUnit importer, string written)
    {
        var directory = Path.GetDirectoryName(importer.Tree.Text.Path) ?? string.Empty;
        return PathDisplay.Normalize(Path.Combine(directory, written));
    }

    private sealed record ImportStep(string From, string Written, SourceLocation Location);
}
