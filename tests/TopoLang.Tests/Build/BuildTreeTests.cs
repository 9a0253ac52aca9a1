using System;
using System.IO;
using System.Linq;
using TopoLang.Tests.Cli;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Build;

/// <summary>`topo build` writes the tree of docs/language.md, "What `topo build` writes", deterministically, atomically, and touches only what it wrote.</summary>
public sealed class BuildTreeTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("topo-build-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string CopyExample()
    {
        var folder = Path.Combine(_work, "datacenter");
        Directory.CreateDirectory(Path.Combine(folder, "common"));
        var source = Path.Combine(RepositoryPaths.Examples, "datacenter");
        File.Copy(Path.Combine(source, "datacenter.topo"), Path.Combine(folder, "datacenter.topo"));
        File.Copy(Path.Combine(source, "common", "networks.topo"), Path.Combine(folder, "common", "networks.topo"));
        return Path.Combine(folder, "datacenter.topo");
    }

    private static string[] Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Build_writes_the_whole_tree_of_the_example()
    {
        var output = Path.Combine(_work, "out");

        var result = CliRunner.Run("build", CopyExample(), "-o", output);

        Assert.Equal(0, result.ExitCode);
        Golden.AssertMatches(Path.Combine(RepositoryPaths.TestCases, "build", "datacenter.files"), string.Join("\n", Files(Path.Combine(output, "datacenter"))) + "\n");
    }

    [Fact]
    public void Two_builds_give_identical_bytes()
    {
        var entry = CopyExample();
        var first = Path.Combine(_work, "one");
        var second = Path.Combine(_work, "two");

        CliRunner.Run("build", entry, "-o", first);
        CliRunner.Run("build", entry, "-o", second);

        Assert.Equal(Files(first), Files(second));
        Assert.All(Files(first), file => Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file))));
    }

    [Fact]
    public void A_topology_with_errors_writes_nothing_and_leaves_the_previous_tree_untouched()
    {
        var entry = CopyExample();
        var output = Path.Combine(_work, "out");
        CliRunner.Run("build", entry, "-o", output);
        var before = Files(output).ToDictionary(file => file, file => (File.ReadAllBytes(Path.Combine(output, file)), File.GetLastWriteTimeUtc(Path.Combine(output, file))));
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("memory 8 GiB", "memory 8 GHz"));

        var result = CliRunner.Run("build", entry, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error TOPO1004", result.Error);
        Assert.Equal(before.Keys, Files(output));
        Assert.All(before, pair =>
        {
            Assert.Equal(pair.Value.Item1, File.ReadAllBytes(Path.Combine(output, pair.Key)));
            Assert.Equal(pair.Value.Item2, File.GetLastWriteTimeUtc(Path.Combine(output, pair.Key)));
        });
    }

    [Fact]
    public void A_rebuild_removes_what_is_no_longer_produced_and_keeps_files_it_did_not_write()
    {
        var entry = CopyExample();
        var output = Path.Combine(_work, "out");
        CliRunner.Run("build", entry, "-o", output);
        var notes = Path.Combine(output, "datacenter", "hosts", "kvm-03", "notes.txt");
        File.WriteAllText(notes, "mine");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("guest backup {", "guest archive {", StringComparison.Ordinal));

        var result = CliRunner.Run("build", entry, "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(output, "datacenter", "hosts", "kvm-03", "backup.xml")));
        Assert.True(File.Exists(Path.Combine(output, "datacenter", "hosts", "kvm-03", "archive.xml")));
        Assert.True(File.Exists(notes));
        Assert.DoesNotContain("backup.xml", File.ReadAllText(Path.Combine(output, "datacenter", ".topo-manifest")));
    }

    /// <summary>
    /// Same bytes from any folder: with the entry file, the output folder and the project root
    /// named relative to two working directories, the plan, the C# and every artifact are equal
    /// (paths inside them are relative to the output folder or to the entry file).
    /// </summary>
    [Fact]
    public void A_build_from_another_working_directory_writes_identical_bytes()
    {
        CopyExample();
        var fromWork = BuildInChildProcess(_work, Path.Combine("datacenter", "datacenter.topo"), "built-here", ".");
        var fromImports = BuildInChildProcess(Path.Combine(_work, "datacenter", "common"), Path.Combine("..", "datacenter.topo"), Path.Combine("..", "..", "built-there"), Path.Combine("..", ".."));

        Assert.Contains("datacenter/datacenter.plan.json", Files(fromWork));
        Assert.Equal(Files(fromWork), Files(fromImports));
        Assert.All(Files(fromWork), file => Assert.True(
            File.ReadAllBytes(Path.Combine(fromWork, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(fromImports, file))),
            $"{file} differs between the two working directories"));
    }

    /// <summary>Runs `topo build` in a child process, from <paramref name="workingDirectory"/>: every path is relative to it.</summary>
    private static string BuildInChildProcess(string workingDirectory, string entry, string output, string root)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var cli = Path.Combine(AppContext.BaseDirectory, "topo.dll");
        var result = ExternalTool.RunIn(workingDirectory, TimeSpan.FromSeconds(120), dotnet, cli, "build", entry, "-o", output, "--root", root, "-p", "web_count=2");
        Assert.True(result.ExitCode == 0, $"topo build from {workingDirectory} failed:\n{result.Combined}");
        return Path.GetFullPath(Path.Combine(workingDirectory, output));
    }
}
