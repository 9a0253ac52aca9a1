using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using TopoLang.Compiler.Emit;

namespace TopoLang.Compiler.Output;

/// <summary>
/// Writes many files at once, on every core, each thread through one writer of its own
/// (<see cref="ReplacingFileWriter"/>): their folders first, each once, then every file's new
/// bytes into a temporary file beside it, then, only when all of them were written, each into
/// its file's place. A file that cannot be made or written (a full disk, a writer's failure)
/// leaves every file of the previous build as it was, and no temporary file behind.
/// </summary>
internal static class FileWrites
{
    // Below this many files the threads cost more than they save.
    private const int SequentialBelow = 64;

    /// <summary>Writes each file to its path; the first failure is thrown as it was raised.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, GeneratedFile File)> files)
    {
        var mayExist = CreateFolders(files);
        var staged = new List<PendingReplacement>();
        try
        {
            ForEachWithWriter(files.Count, (index, writer) =>
            {
                if (AtomicFileWriter.Stage(writer, files[index].Path, files[index].File, mayExist[index]) is { } pending)
                {
                    lock (staged)
                    {
                        staged.Add(pending);
                    }
                }
            });

            // Renames only, each one system call that needs no room: a rename that still fails
            // leaves the files already renamed new and the others old.
            ForEach(staged.Count, index => staged[index].Apply());
        }
        catch
        {
            // A temporary file already renamed is gone, and deleting it again does nothing.
            staged.ForEach(pending => pending.Discard());
            throw;
        }
    }

    /// <summary>Runs <paramref name="action"/> for 0 to count - 1 with a writer per thread, on every core when there are many.</summary>
    private static void ForEachWithWriter(int count, Action<int, ReplacingFileWriter> action)
    {
        if (count < SequentialBelow)
        {
            using var writer = new ReplacingFileWriter();
            for (var i = 0; i < count; i++)
            {
                action(i, writer);
            }

            return;
        }

        Unwrapped(() => Parallel.For(
            0,
            count,
            () => new ReplacingFileWriter(),
            (index, _, writer) =>
            {
                action(index, writer);
                return writer;
            },
            writer => writer.Dispose()));
    }

    /// <summary>Runs <paramref name="action"/> for 0 to count - 1, on every core when there are many.</summary>
    private static void ForEach(int count, Action<int> action)
    {
        if (count < SequentialBelow)
        {
            for (var i = 0; i < count; i++)
            {
                action(i);
            }

            return;
        }

        Unwrapped(() => Parallel.For(0, count, action));
    }

    private static void Unwrapped(Action loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException failure)
        {
            // Callers handle IOException and UnauthorizedAccessException (a file that cannot be
            // written fails the build with its message), not the parallel loop's wrapper.
            ExceptionDispatchInfo.Capture(failure.Flatten().InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>
    /// Makes each file's folder, once; for each file, whether something may already be at its
    /// path: not in a folder that did not exist before, so that a first build of a fleet does not
    /// look for 100,000 files that cannot be there.
    /// </summary>
    private static bool[] CreateFolders(IReadOnlyList<(string Path, GeneratedFile File)> files)
    {
        var mayExist = new bool[files.Count];
        var existedBefore = new Dictionary<string, bool>(StringComparer.Ordinal);
        var (last, lastExisted) = (string.Empty, true);
        for (var i = 0; i < files.Count; i++)
        {
            // A build's files come ordered by path: the folder of the one before, most of the time.
            var folder = FolderOf(files[i].Path);
            if (!folder.SequenceEqual(last))
            {
                last = folder.ToString();
                if (!existedBefore.TryGetValue(last, out lastExisted))
                {
                    lastExisted = Directory.Exists(last);
                    Directory.CreateDirectory(last);
                    existedBefore.Add(last, lastExisted);
                }
            }

            mayExist[i] = lastExisted;
        }

        return mayExist;
    }

    private static ReadOnlySpan<char> FolderOf(string path)
    {
        var folder = Path.GetDirectoryName(path.AsSpan());
        return folder.IsEmpty ? "." : folder;
    }
}
