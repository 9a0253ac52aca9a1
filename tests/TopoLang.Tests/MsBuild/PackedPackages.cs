using System;
using System.IO;
using Xunit.Abstractions;

namespace TopoLang.Tests.MsBuild;

/// <summary>
/// TopoLang.MsBuild and TopoLang.Runtime packed once for the tests of a class, into a temporary
/// folder feed, with a version no earlier run used (so that no package cache can serve an older
/// build). Packing uses the configuration the tests were built in and does not restore, so in a
/// `dotnet test` run it reuses that build and only packs.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        Root = Directory.CreateTempSubdirectory("topo-msbuild-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.g{Guid.NewGuid().ToString("N")[..8]}";
        Pack = new[] { PackProject("src/MsBuild/TopoLang.MsBuild.csproj"), PackProject("src/Runtime/TopoLang.Runtime.csproj") };
    }

    /// <summary>The temporary folder of this run: the feed, the package cache, the consumer's copy.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public DotNetResult[] Pack { get; }

    public string MsBuildPackage => Path.Combine(Feed, $"TopoLang.MsBuild.{Version}.nupkg");

    public string RuntimePackage => Path.Combine(Feed, $"TopoLang.Runtime.{Version}.nupkg");

    public void Report(ITestOutputHelper output)
    {
        foreach (var pack in Pack)
        {
            output.WriteLine($"dotnet {pack.Command}: {pack.Elapsed.TotalSeconds:0.0} s");
        }
    }

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

    private DotNetResult PackProject(string project)
    {
        var result = DotNet.Run(DotNet.Repository, null, "pack", project, "-c", DotNet.Configuration, "--no-restore", "-o", Feed, $"-p:PackageVersion={Version}", "-tl:off", "-nologo");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("packing failed: " + result);
        }

        return result;
    }
}
