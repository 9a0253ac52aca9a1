using System;
using System.IO;
using System.Text;

namespace TopoLang.Compiler.Output;

/// <summary>
/// Writes a file so that readers see the old content or the new, never half: the text goes to a
/// temporary file in the same folder, which then replaces the target in one rename. A file whose
/// bytes would not change is left alone (its timestamp too, which incremental builds rely on).
/// </summary>
public static class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static bool Write(string path, string text)
    {
        var bytes = Utf8NoBom.GetBytes(text);
        if (File.Exists(path) && SameBytes(path, bytes))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return true;
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
