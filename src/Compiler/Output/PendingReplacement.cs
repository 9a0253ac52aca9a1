using System.IO;

namespace TopoLang.Compiler.Output;

/// <summary>
/// A file's new bytes, written in full to a temporary file beside it, waiting to take its place:
/// a build stages every file first and puts them in place only when all were written, so that a
/// file that cannot be made or written leaves every file of the previous build as it was.
/// </summary>
internal readonly record struct PendingReplacement(string Temporary, string Path)
{
    /// <summary>Puts the new bytes in place, in one rename.</summary>
    public void Apply() => File.Move(Temporary, Path, overwrite: true);

    /// <summary>Drops the new bytes: the file stays as it was.</summary>
    public void Discard() => File.Delete(Temporary);
}
