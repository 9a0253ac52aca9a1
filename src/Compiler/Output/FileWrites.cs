using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using TopoLang.Compiler.Emit;

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

    /// <summary>Writes each file to its path; the first failure is thrown as it was raised.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, GeneratedFile File)> files)
    {
        foreach (var folder in files.Select(file => Path.GetDirectoryName(Path.GetFullPath(file.Path))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        if (files.Count < SequentialBelow)
        {
            foreach (var (path, file) in files)
            {
                AtomicFileWriter.WriteInExistingFolder(path, file);
            }

            return;
        }

        try
        {
            Parallel.ForEach(files, file => AtomicFileWriter.WriteInExistingFolder(file.Path, file.File));
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
