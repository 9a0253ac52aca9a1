using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TopoLang.Compiler.Hosting;

/// <summary>The order in which files whose entry-ness the imports decide are compiled.</summary>
public static class EntryOrder
{
    /// <summary>
    /// Forced entries first, then the rest with the files the last build saw imported last and
    /// the shallowest paths first, so that an import is usually known as one before its turn
    /// (and is not compiled as an entry of its own). Files that are never entries are left out.
    /// </summary>
    public static IEnumerable<EntryCandidate> ImportsLast(IEnumerable<EntryCandidate> candidates, IReadOnlySet<string> lastImports) =>
        candidates
            .Where(c => c.Entry != false)
            .OrderBy(c => c.Entry == true ? 0 : 1)
            .ThenBy(c => lastImports.Contains(c.FullPath) ? 1 : 0)
            .ThenBy(c => c.FullPath.Count(ch => ch == Path.DirectorySeparatorChar))
            .ThenBy(c => c.FullPath, StringComparer.Ordinal);
}
