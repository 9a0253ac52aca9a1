using System.IO;
using TopoLang.Compiler.Emit;

namespace TopoLang.Compiler.Output;

/// <summary>
/// Writes a file so that readers see the old content or the new, never half, and only when its
/// bytes change (<see cref="ReplacingFileWriter"/>).
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, creating its folder; whether the file changed.</summary>
    public static bool Write(string path, string text) => Write(path, new GeneratedFile(Path.GetFileName(path), text));

    /// <summary>A generated file, as <see cref="Write(string, string)"/> writes a text.</summary>
    internal static bool Write(string path, GeneratedFile file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new ReplacingFileWriter();
        var pending = Stage(writer, path, file);
        pending?.Apply();
        return pending is not null;
    }

    /// <summary>
    /// A generated file's bytes, in full, in a temporary file beside <paramref name="path"/>
    /// (whose folder exists), through a writer the caller reuses for many; null when they are
    /// the file's own.
    /// </summary>
    /// <param name="mayExist">False when the folder was just made, so that nothing is at the path to compare with.</param>
    internal static PendingReplacement? Stage(ReplacingFileWriter writer, string path, GeneratedFile file, bool mayExist = true)
    {
        writer.Start(path, file.KnownLength, mayExist);
        try
        {
            file.WriteTo(writer);
        }
        catch
        {
            writer.Abandon();
            throw;
        }

        return writer.Stage();
    }
}
