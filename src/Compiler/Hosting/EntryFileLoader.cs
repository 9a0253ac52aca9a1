using System;
using System.IO;

namespace TopoLang.Compiler.Hosting;

/// <summary>Compiles one entry file; a file that cannot be read is a result, not an exception.</summary>
public static class EntryFileLoader
{
    public static EntryLoad Load(EntryCandidate candidate, TopoCompilationOptions options)
    {
        // Reading a directory fails with a message that names neither the path nor the problem.
        if (Directory.Exists(candidate.CompilerPath))
        {
            return Unreadable(candidate, UnreadableReason.IsDirectory);
        }

        try
        {
            return new EntryLoad(TopoCompilation.FromFile(candidate.CompilerPath, options), null);
        }
        catch (FileNotFoundException)
        {
            return Unreadable(candidate, UnreadableReason.NoSuchFile);
        }
        catch (DirectoryNotFoundException)
        {
            return Unreadable(candidate, UnreadableReason.NoSuchDirectory);
        }
        catch (UnauthorizedAccessException)
        {
            return Unreadable(candidate, UnreadableReason.PermissionDenied);
        }
        catch (IOException exception)
        {
            return Unreadable(candidate, UnreadableReason.OtherIoFailure, exception.Message);
        }
    }

    private static EntryLoad Unreadable(EntryCandidate candidate, UnreadableReason reason, string ioMessage = "") =>
        new(null, new UnreadableEntry(candidate, reason, ioMessage));
}
