using System.Collections.Generic;
using System.Text;
using TopoLang.Compiler.Binding.Imports;

namespace TopoLang.LanguageServer.Workspace;

/// <summary>
/// The disk, with the open documents' unsaved text in front of it: an import of an open file
/// reads what the editor shows, so a change in an imported file re-checks its importers as typed.
/// </summary>
internal sealed class OverlayFileSystem : ISourceFileSystem
{
    private readonly IReadOnlyDictionary<string, OpenDocument> _open;

    public OverlayFileSystem(IReadOnlyDictionary<string, OpenDocument> open) => _open = open;

    public bool FileExists(string fullPath) => _open.ContainsKey(fullPath) || DiskFileSystem.Instance.FileExists(fullPath);

    public byte[] ReadAllBytes(string fullPath) =>
        _open.TryGetValue(fullPath, out var document) ? Encoding.UTF8.GetBytes(document.Text.Text) : DiskFileSystem.Instance.ReadAllBytes(fullPath);

    public string? ResolveLink(string fullPath) => _open.ContainsKey(fullPath) ? null : DiskFileSystem.Instance.ResolveLink(fullPath);
}
