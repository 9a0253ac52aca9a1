using System.IO;

namespace TopoLang.Compiler.Binding.Imports;

public sealed class DiskFileSystem : ISourceFileSystem
{
    public static readonly DiskFileSystem Instance = new();

    public bool FileExists(string fullPath) => File.Exists(fullPath);

    public byte[] ReadAllBytes(string fullPath) => File.ReadAllBytes(fullPath);

    public string? ResolveLink(string fullPath) =>
        new FileInfo(fullPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
}
