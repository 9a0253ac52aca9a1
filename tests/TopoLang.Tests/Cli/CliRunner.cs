using System;
using System.IO;
using TopoLang.Cli;

namespace TopoLang.Tests.Cli;

/// <summary>Runs `topo` in-process, as a pipe would (no terminal), in a scratch folder of files.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("topo-cli-").FullName;
    }

    public string Directory { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = TopoCli.Run(args, new CliEnvironment(output, error, OutputIsTerminal: false, NoColor: true));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

public sealed record CliResult(int ExitCode, string Out, string Error);
