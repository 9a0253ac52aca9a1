using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Formatting;
using TopoLang.Compiler.Hosting;

namespace TopoLang.Cli.Commands;

/// <summary>
/// `topo fmt [--check] [PATH...]`: rewrite .topo files in the canonical layout; a folder means
/// its `*.topo` files at any depth, less those its `.topofmtignore` names; no PATH, the current folder.
/// </summary>
internal static class FmtCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, or folders to search for *.topo files (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var check = new Option<bool>("--check") { Description = "Write nothing; list the files that would change and exit 1 if any would." };
        var command = new Command("fmt", "Format .topo files in the canonical layout.");
        command.Arguments.Add(paths);
        command.Options.Add(check);
        command.SetAction(result =>
        {
            var checking = result.GetValue(check);
            var exitCode = ExitCodes.Success;
            foreach (var file in FilesOf(result.GetValue(paths) ?? Array.Empty<string>()))
            {
                var outcome = Format(file, checking);
                if (outcome.Status == FileFormatStatus.SyntaxErrors)
                {
                    new MsBuildDiagnosticFormatter().Render(environment.Error, outcome.Diagnostics);
                    exitCode = ExitCodes.Errors;
                }
                else if (outcome.Status == FileFormatStatus.Changed && checking)
                {
                    environment.Out.Write(file + "\n");
                    exitCode = ExitCodes.Errors;
                }
            }

            return exitCode;
        });
        return command;
    }

    /// <summary>Every file to format, each once; a path that does not exist is a usage error, found before any file is touched.</summary>
    private static IEnumerable<string> FilesOf(string[] paths)
    {
        if (paths.Length == 0)
        {
            return TopoFileWalk.Under(".").Select(file => Path.GetRelativePath(".", file));
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(TopoFileWalk.Under(path));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new UsageException($"no such file or folder '{path}'");
            }
        }

        return files.Distinct(StringComparer.Ordinal);
    }

    private static FileFormatOutcome Format(string file, bool checking)
    {
        try
        {
            return FileFormatter.Format(file, write: !checking);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot format '{file}': {exception.Message}");
        }
    }
}
