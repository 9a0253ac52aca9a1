using System;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace TopoLang.Compiler.Output;

/// <summary>
/// Writes many files at once, each atomically (<see cref="AtomicFileWriter"/>): their folders
/// first, each once, then the files on every core. A fleet's build writes a file per guest, and
/// each is a few system calls that wait on the file system, not on the others.
/// </summary>
internal static class FileWrites
{
    // Below this many files the threads cost more than they save.
    private const int SequentialBelow = 64;

    /// <summary>Writes <paramref name="texts"/>[i] to <paramref name="paths"/>[i]; the first failure is thrown as it was raised.</summary>
    public static void WriteAll(string[] paths, string[] texts)
    {
        foreach (var folder in paths.Select(path => Path.GetDirectoryName(Path.GetFullPath(path))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        if (paths.Length < SequentialBelow)
        {
            for (var i = 0; i < paths.Length; i++)
            {
                AtomicFileWriter.WriteInExistingFolder(paths[i], texts[i]);
            }

            return;
        }

        try
        {
            Parallel.For(0, paths.Length, i => AtomicFileWriter.WriteInExistingFolder(paths[i], texts[i]));
        }
        catch (AggregateException failure)
        {
            // Callers handle IOException and UnauthorizedAccessException (a file that cannot be
            // written fails the build with its message), not the parallel loop's wrapper.
            ExceptionDispatchInfo.Capture(failure.Flatten().InnerExceptions[0]).Throw();
            throw;
        }
    }
}
