using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;

namespace TopoLang.Cli.Commands;

/// <summary>Reads the entry files; one that cannot be read is a usage error (exit 2), not a crash.</summary>
internal static class SourceLoader
{
    public static List<TopoCompilation> Compile(IEnumerable<string> paths, TopoCompilationOptions options)
    {
        var compilations = new List<TopoCompilation>();
        foreach (var path in paths)
        {
            compilations.Add(CompileOne(path, options));
        }

        // A value given with -p that names no param, or does not fit it, is the caller's mistake.
        var usageErrors = compilations.SelectMany(c => c.UsageErrors).Distinct().ToList();
        if (usageErrors.Count > 0)
        {
            throw new UsageException(string.Join("\ntopo: error: ", usageErrors));
        }

        return compilations;
    }

    private static TopoCompilation CompileOne(string path, TopoCompilationOptions options)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"cannot read '{path}': it is a directory");
        }

        try
        {
            return TopoCompilation.FromFile(path, options);
        }
        catch (FileNotFoundException)
        {
            throw new UsageException($"cannot read '{path}': no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new UsageException($"cannot read '{path}': no such directory");
        }
        catch (System.UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': permission denied");
        }
        catch (IOException exception)
        {
            throw new UsageException($"cannot read '{path}': {exception.Message}");
        }
    }
}
