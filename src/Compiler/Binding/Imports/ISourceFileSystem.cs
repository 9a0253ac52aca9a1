namespace TopoLang.Compiler.Binding.Imports;

/// <summary>Where imports are read from: the disk, or memory in tests. Paths are full paths.</summary>
public interface ISourceFileSystem
{
    bool FileExists(string fullPath);

    byte[] ReadAllBytes(string fullPath);

    /// <summary>The final target of a symbolic link, or null when the path is no link.</summary>
    string? ResolveLink(string fullPath);
}
