using System;
using System.IO;

namespace TopoLang.LanguageServer.Workspace;

/// <summary>
/// The folder the client opened: documents outside it are refused, and imports may not leave
/// it (it is the compilation's project root). Null when the client named none: then each
/// document's own folder is its root, as for `topo check`.
/// </summary>
public sealed record WorkspaceRoot(string? FullPath)
{
    public static readonly WorkspaceRoot None = new((string?)null);

    public bool Contains(string fullPath) =>
        FullPath is null
        || fullPath.StartsWith(Path.TrimEndingDirectorySeparator(FullPath) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || fullPath == Path.TrimEndingDirectorySeparator(FullPath);
}
