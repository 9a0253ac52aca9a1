using System;
using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Text;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.LanguageServer.Workspace;

/// <summary>
/// The open documents and the compilations that cover them. Every open document belongs to one
/// entry file: itself, or an open file that imports it (then its diagnostics and names come from
/// that importer's compilation, as `topo check` on the importer sees them). A change re-checks
/// only the entry files whose compilation took the changed file in. Not thread-safe: the server
/// hands it one message at a time.
/// </summary>
public sealed class TopoWorkspace
{
    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly List<string> _openOrder = new();
    private readonly Dictionary<string, Analysis> _analyses = new(StringComparer.Ordinal);
    private readonly OverlayFileSystem _files;

    public TopoWorkspace(WorkspaceRoot root)
    {
        Root = root;
        _files = new OverlayFileSystem(_documents);
    }

    public WorkspaceRoot Root { get; }

    public IReadOnlyCollection<OpenDocument> Documents => _documents.Values;

    /// <summary>The open document at a full path, or null.</summary>
    public OpenDocument? Find(string fullPath) => _documents.GetValueOrDefault(fullPath);

    /// <summary>The compilation a document's features read: the entry file's that covers it.</summary>
    public Analysis? AnalysisOf(string fullPath) => _analyses.Values.FirstOrDefault(analysis => analysis.Includes(fullPath));

    /// <summary>The URI to name a file by: the client's own for an open document.</summary>
    public string UriOf(string fullPath) => _documents.TryGetValue(fullPath, out var document) ? document.Uri : DocumentUris.FromPath(fullPath);

    /// <summary>Opens a document; returns the open documents whose diagnostics were computed again.</summary>
    public IReadOnlyList<OpenDocument> Open(string uri, string fullPath, int version, string text)
    {
        _documents[fullPath] = new OpenDocument(uri, fullPath, version, SourceText.From(text, fullPath));
        _openOrder.Remove(fullPath);
        _openOrder.Add(fullPath);
        return Refresh(fullPath);
    }

    /// <summary>Applies a `didChange`'s edits in order; returns the open documents checked again.</summary>
    public IReadOnlyList<OpenDocument> Change(OpenDocument document, int version, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var text = document.Text;
        foreach (var change in changes)
        {
            text = SourceText.From(TextPositions.Apply(text, change), document.FullPath);
        }

        _documents[document.FullPath] = document with { Version = version, Text = text };
        return Refresh(document.FullPath);
    }

    /// <summary>Closes a document: its importers read it from the disk again; returns the open documents checked again.</summary>
    public IReadOnlyList<OpenDocument> Close(string fullPath)
    {
        _documents.Remove(fullPath);
        _openOrder.Remove(fullPath);
        _analyses.Remove(fullPath);
        return Refresh(fullPath);
    }

    /// <summary>
    /// Re-checks the entry files that took the changed file in, then settles who covers whom: an
    /// entry imported by another is checked through it, and an open document no entry covers
    /// (just opened, or no longer imported) becomes an entry itself.
    /// </summary>
    private IReadOnlyList<OpenDocument> Refresh(string changedPath)
    {
        var fresh = new List<Analysis>();
        foreach (var entry in _analyses.Values.Where(analysis => analysis.Includes(changedPath)).Select(analysis => analysis.EntryPath).ToList())
        {
            fresh.Add(Recompile(entry));
        }

        // Each pass either drops an entry or compiles an uncovered document, so it ends.
        for (var pass = 0; pass <= 2 * _openOrder.Count + 1; pass++)
        {
            if (DropImportedEntry())
            {
                continue;
            }

            var uncovered = _openOrder.FirstOrDefault(path => AnalysisOf(path) is null);
            if (uncovered is null)
            {
                break;
            }

            fresh.Add(Recompile(uncovered));
        }

        return _openOrder
            .Where(path => fresh.Any(analysis => analysis.Includes(path) && ReferenceEquals(AnalysisOf(path), analysis)))
            .Select(path => _documents[path])
            .ToList();
    }

    private Analysis Recompile(string entryPath)
    {
        var analysis = Analysis.Compile(_documents[entryPath], Root, _files);
        _analyses[entryPath] = analysis;
        return analysis;
    }

    /// <summary>Drops one entry that another entry imports (unless they import each other, a cycle the compiler reports).</summary>
    private bool DropImportedEntry()
    {
        foreach (var analysis in _analyses.Values)
        {
            if (_analyses.Values.Any(other => other != analysis && other.Includes(analysis.EntryPath) && !analysis.Includes(other.EntryPath)))
            {
                _analyses.Remove(analysis.EntryPath);
                return true;
            }
        }

        return false;
    }
}
