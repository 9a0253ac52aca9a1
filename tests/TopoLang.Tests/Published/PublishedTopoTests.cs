using System;
using System.IO;
using System.Linq;
using TopoLang.Tests.Cli;
using TopoLang.Tests.Infrastructure;
using TopoLang.Tests.LanguageServer;

namespace TopoLang.Tests.Published;

/// <summary>
/// The `topo` users run is compiled ahead of time (src/Cli publishes with PublishAot), where
/// anything that needs reflection or run-time code generation fails only when it runs. These
/// tests run that program on every topology of the repository and compare what it says and
/// writes with the compiler run in this process, and drive its language server with VS Code's
/// client libraries.
/// </summary>
public sealed class PublishedTopoTests : IClassFixture<PublishedTopo>
{
    private readonly PublishedTopo _published;

    public PublishedTopoTests(PublishedTopo published) => _published = published;

    [SkippableFact]
    public void The_published_topo_checks_every_repository_topology_as_the_compiler_in_process_does()
    {
        var program = _published.Program;
        var mismatches = CheckedTopologies().Select(path =>
        {
            var native = ExternalTool.RunIn(Environment.CurrentDirectory, TimeSpan.FromMinutes(1), program, "check", path);
            var inProcess = CliRunner.Run("check", path);
            return (path, native, inProcess);
        })
        .Where(run => run.native.ExitCode != run.inProcess.ExitCode || run.native.Out != run.inProcess.Out || run.native.Error != run.inProcess.Error)
        .Select(run => $"{run.path}: published exit {run.native.ExitCode}, in process {run.inProcess.ExitCode}\n--- published\n{run.native.Combined}\n--- in process\n{run.inProcess.Out}{run.inProcess.Error}")
        .ToList();

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    [SkippableFact]
    public void The_published_topo_builds_every_valid_topology_into_the_same_bytes_as_the_compiler_in_process()
    {
        var program = _published.Program;
        var mismatches = RepositoryTopologies.Valid().SelectMany(relative =>
        {
            var path = Path.Combine(RepositoryPaths.Root, relative);
            var nativeOutput = TestTemp.NewFolder("published-build-");
            var inProcessOutput = TestTemp.NewFolder("in-process-build-");
            var native = ExternalTool.RunIn(Environment.CurrentDirectory, TimeSpan.FromMinutes(1), program, "build", path, "-o", nativeOutput);
            var inProcess = CliRunner.Run("build", path, "-o", inProcessOutput);
            return native.ExitCode != 0 || inProcess.ExitCode != 0
                ? new[] { $"{relative}: published exit {native.ExitCode} ({native.Combined}), in process {inProcess.ExitCode} ({inProcess.Error})" }
                : DifferencesBetween(nativeOutput, inProcessOutput).Select(difference => $"{relative}: {difference}");
        }).ToList();

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [SkippableFact]
    public void The_published_topo_passes_every_check_of_the_vscode_client_libraries()
    {
        var program = _published.Program;
        var client = Path.Combine(RepositoryPaths.Root, "tests", "clients", "lsp");
        ExternalTool.Require(TestTools.Node);
        ExternalTool.RequireNpmPackages(client);

        var result = ExternalTool.Run(TimeSpan.FromSeconds(150), TestTools.Node, Path.Combine(client, "client-test.js"), ExampleCopy.Datacenter(), program, "lsp", "--stdio");

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Contains("all checks passed", result.Out);
    }

    /// <summary>Every example (the broken lab too: its diagnostics must come out the same) and every valid test topology.</summary>
    private static string[] CheckedTopologies() =>
        Directory.GetDirectories(RepositoryPaths.Examples)
            .Select(folder => Path.Combine(folder, Path.GetFileName(folder) + ".topo"))
            .Where(File.Exists)
            .Concat(RepositoryTopologies.Valid().Select(relative => Path.Combine(RepositoryPaths.Root, relative)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string[] DifferencesBetween(string published, string inProcess)
    {
        var publishedFiles = RelativeFiles(published);
        var inProcessFiles = RelativeFiles(inProcess);
        return publishedFiles.Except(inProcessFiles).Select(file => $"only the published topo wrote {file}")
            .Concat(inProcessFiles.Except(publishedFiles).Select(file => $"only the compiler in process wrote {file}"))
            .Concat(publishedFiles.Intersect(inProcessFiles)
                .Where(file => !File.ReadAllBytes(Path.Combine(published, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(inProcess, file))))
                .Select(file => $"{file} differs"))
            .ToArray();
    }

    private static string[] RelativeFiles(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
