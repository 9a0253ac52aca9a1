using System;
using System.IO;
using System.Runtime.InteropServices;
using TopoLang.Tests.Infrastructure;
using TopoLang.Tests.MsBuild;

namespace TopoLang.Tests.Published;

/// <summary>
/// `topo` published as users get it (`dotnet publish src/Cli -c Release -r RID`): one program
/// compiled ahead of time, where no reflection-based serializer or run-time code generation is
/// available. Published once for the tests of a class, with every build output in a folder of
/// its own (`--artifacts-path`), so that it never touches the obj and bin folders the rest of
/// the run builds in. Publishing needs clang and zlib's headers; without them the tests skip
/// (locally) or fail (in CI).
/// </summary>
public sealed class PublishedTopo : IDisposable
{
    private readonly Lazy<string> _program;

    public PublishedTopo()
    {
        Root = Directory.CreateTempSubdirectory("topo-published-").FullName;
        _program = new Lazy<string>(Publish);
    }

    public string Root { get; }

    /// <summary>The published program's path; publishes on first use, after checking that the native tool chain is there.</summary>
    public string Program
    {
        get
        {
            ExternalTool.Require(TestTools.Clang);
            ExternalTool.Require(TestTools.ZlibHeaders);
            return _program.Value;
        }
    }

    public ToolResult Run(string workingDirectory, params string[] arguments) =>
        ExternalTool.RunIn(workingDirectory, TimeSpan.FromMinutes(2), Program, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }

    private string Publish()
    {
        var output = Path.Combine(Root, "topo");
        // Compiling ahead of time takes about a minute of both cores alone, several beside the rest of the suite.
        var result = DotNet.Run(PublishTimeout, DotNet.Repository, null, "publish", "src/Cli/TopoLang.Cli.csproj", "-c", "Release", "-r", RuntimeIdentifier,
            "-o", output, "--artifacts-path", Path.Combine(Root, "artifacts"), "-tl:off", "-nologo");
        Assert.True(result.ExitCode == 0, $"dotnet {result.Command} failed:\n{result.Output}");
        return Path.Combine(output, OperatingSystem.IsWindows() ? "topo.exe" : "topo");
    }

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);

    private static string RuntimeIdentifier => RuntimeInformation.RuntimeIdentifier;
}
