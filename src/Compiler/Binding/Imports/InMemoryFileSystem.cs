using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TopoLang.Compiler.Binding.Imports;

/// <summary>Files held in memory by full path: for tests and for tools that compile unsaved text.</summary>
public sealed class InMemoryFileSystem : ISourceFileSystem
{
    private readonly Dictionary<string, byte[]> _files = new(System.StringComparer.Ordinal);

    public InMemoryFileSystem Add(string fullPath, string text)
    {
        _files[Path.GetFullPath(fullPath)] = Encoding.UTF8.GetBytes(text);
        return this;
    }

    public bool FileExists(string fullPath) => _files.ContainsKey(fullPath);

    public byte[] ReadAllBytes(string fullPath) =>
        _files.TryGetValue(fullPath, out var bytes) ? bytes : throw new FileNotFoundException("No such file.", fullPath);

    public string? ResolveLink(string fullPath) => null;
}
