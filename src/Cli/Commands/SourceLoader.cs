using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;

namespace TopoLang.Cli.Commands;

/// <summary>Reads the entry files; one that cannot be read is a usage error (exit 2), not a crash.</summary>
internal static class SourceLoader
{
    /// <summary>
    /// Compiles each entry file; a `-p` applies to the files that declare it (as TopoParameters do
    /// in MSBuild), and one that no file declares, or a value that does not fit, is a usage error.
    /// </summary>
    public static List<TopoCompilation> Compile(IReadOnlyList<string> paths, TopoCompilationOptions options)
    {
        var compiled = paths.Select(path => (Path: path, Compilation: CompileOne(path, options))).ToList();
        var compilations = ParametersPerTopology.Apply(compiled, e => e.Compilation, (e, own) => e with { Compilation = CompileOne(e.Path, own) }, options)
            .Select(e => e.Compilation)
            .ToList();

        var usageErrors = ParametersPerTopology.UsageErrors(compilations);
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
