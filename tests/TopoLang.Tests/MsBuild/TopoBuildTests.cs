using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.MsBuild;

namespace TopoLang.Tests.MsBuild;

/// <summary>
/// The task's logic in-process, without MSBuild: which files are entries, what is written where,
/// what is removed, how options map, and that an error writes nothing. The package and the
/// targets are covered by <see cref="PackageIntegrationTests"/>.
/// </summary>
public sealed class TopoBuildTests : IDisposable
{
    private const string Lab = "topology lab\nimport \"common/nets.topo\"\nparam size: int = 2\n\nhost lab-01 {\n  cpu intel { cores 4; features [vmx, ept] }\n  memory 16 GiB\n  hypervisor kvm {\n    guest box { os linux ubuntu; vcpus 2; memory 2 GiB; nic lan }\n  }\n}\n";
    private const string Nets = "network lan { cidr \"10.0.0.0/24\" }\n";
    private const string Edge = "topology edge\nparam size: int = 1\nnetwork wan { cidr \"192.168.0.0/24\" }\n";

    private readonly string _project = Directory.CreateTempSubdirectory("topo-task-").FullName;

    public void Dispose() => Directory.Delete(_project, recursive: true);

    private string CodeDirectory => Path.Combine(_project, "obj", "topo");

    private string ArtifactsDirectory => Path.Combine(_project, "bin", "topo");

    [Fact]
    public void A_file_another_one_imports_is_an_import_not_a_topology()
    {
        Write("lab.topo", Lab);
        Write("common/nets.topo", Nets);

        var (result, log) = Run(Request("common/nets.topo", "lab.topo"));

        Assert.True(result.Success, log.Text);
        Assert.Equal(new[] { Path.Combine(CodeDirectory, "LabTopology.g.cs") }, result.Outputs.Where(o => o.Kind == GeneratedOutputKind.Code).Select(o => o.FullPath));
        Assert.False(Directory.Exists(Path.Combine(ArtifactsDirectory, "nets")));
        Assert.True(File.Exists(Path.Combine(ArtifactsDirectory, "lab", "lab.plan.json")));
        Assert.True(File.Exists(Path.Combine(ArtifactsDirectory, "lab", ".topo-manifest")));
        Assert.Equal(Path.Combine(_project, "common", "nets.topo") + "\n", Read("obj/topo.imports"));
        Assert.Equal(result.Outputs.Select(o => o.FullPath).OrderBy(p => p, StringComparer.Ordinal), Read("obj/topo.outputs").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Entry_metadata_forces_the_decision()
    {
        Write("lab.topo", Lab);
        Write("common/nets.topo", Nets);
        Write("edge.topo", Edge);

        var (result, log) = Run(Request() with
        {
            Sources = new[] { new TopoSource("lab.topo"), new TopoSource("common/nets.topo", Entry: true), new TopoSource("edge.topo", Entry: false) },
        });

        Assert.True(result.Success, log.Text);
        Assert.Equal(new[] { "LabTopology.g.cs", "NetsTopology.g.cs" }, CodeFiles(result));
    }

    [Fact]
    public void Diagnostics_are_reported_with_full_paths_and_spans_and_an_error_writes_nothing()
    {
        Write("lab.topo", Lab);
        Write("common/nets.topo", Nets);
        Assert.True(Run(Request("lab.topo")).Result.Success);
        var before = Snapshot();

        Write("common/nets.topo", "network lan { cidr \"10.0.0.0/24\" }\nnetwork dmz { cidr \"10.0.0.0/25\" }\nmemroy 4 GiB\n");
        var (result, log) = Run(Request("lab.topo"));

        Assert.False(result.Success);
        Assert.Empty(result.Outputs);
        var nets = Path.Combine(_project, "common", "nets.topo");
        Assert.Equal(
            new[]
            {
                $"warning TOPO5002 {nets}(2,20,2,33): network 'dmz' (10.0.0.0/25) overlaps network 'lan' (10.0.0.0/24)",
                $"error TOPO1001 {nets}(3,1,3,7): 'memroy' is not allowed in the top level",
            },
            log.Lines);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_topology_no_longer_built_loses_its_code_and_artifacts_and_the_folders_they_leave()
    {
        Write("lab.topo", Lab);
        Write("common/nets.topo", Nets);
        Write("edge.topo", Edge);
        Assert.True(Run(Request("lab.topo", "edge.topo")).Result.Success);
        File.WriteAllText(Path.Combine(ArtifactsDirectory, "lab", "notes.txt"), "mine");

        var (result, log) = Run(Request("edge.topo"));

        Assert.True(result.Success, log.Text);
        Assert.Equal(new[] { "EdgeTopology.g.cs" }, CodeFiles(result));
        Assert.False(File.Exists(Path.Combine(CodeDirectory, "LabTopology.g.cs")));
        Assert.Equal(new[] { "notes.txt" }, Directory.GetFileSystemEntries(Path.Combine(ArtifactsDirectory, "lab")).Select(Path.GetFileName));
        Assert.Empty(Read("obj/topo.imports"));
    }

    [Fact]
    public void Without_artifacts_only_the_code_is_written_and_earlier_artifacts_go()
    {
        Write("edge.topo", Edge);
        Assert.True(Run(Request("edge.topo")).Result.Success);
        Assert.True(Directory.Exists(Path.Combine(ArtifactsDirectory, "edge")));

        var (result, log) = Run(Request("edge.topo") with { EmitArtifacts = false });

        Assert.True(result.Success, log.Text);
        Assert.Equal(new[] { GeneratedOutputKind.Code }, result.Outputs.Select(o => o.Kind));
        Assert.False(Directory.Exists(Path.Combine(ArtifactsDirectory, "edge")));
    }

    [Fact]
    public void An_unchanged_file_keeps_its_timestamp_and_the_outputs_list_is_touched()
    {
        Write("edge.topo", Edge);
        Assert.True(Run(Request("edge.topo")).Result.Success);
        var code = Path.Combine(CodeDirectory, "EdgeTopology.g.cs");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(code, old);
        File.SetLastWriteTimeUtc(Path.Combine(_project, "obj", "topo.outputs"), old);

        var (result, log) = Run(Request("edge.topo"));

        Assert.True(result.Success, log.Text);
        Assert.Equal(old, File.GetLastWriteTimeUtc(code));
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(_project, "obj", "topo.outputs")) > old);
        Assert.Contains(log.Messages, m => m.Contains("EdgeTopology.g.cs (unchanged)", StringComparison.Ordinal));
    }

    [Fact]
    public void Parameters_apply_to_the_topologies_that_declare_them()
    {
        Write("lab.topo", Lab.Replace("param size: int = 2\n", "param size: int = 2\nparam guests: int = 1\n", StringComparison.Ordinal));
        Write("common/nets.topo", Nets);
        Write("edge.topo", Edge);

        var (ok, okLog) = Run(Request("lab.topo", "edge.topo") with { Parameters = new[] { "size=3", "guests=2" } });
        Assert.True(ok.Success, okLog.Text);

        var (unknown, unknownLog) = Run(Request("lab.topo", "edge.topo") with { Parameters = new[] { "colour=red" } });
        Assert.False(unknown.Success);
        Assert.Contains(unknownLog.Lines, l => l.StartsWith("error - (no file): TopoParameters: -p colour: no param named 'colour'", StringComparison.Ordinal));

        var (malformed, malformedLog) = Run(Request("edge.topo") with { Parameters = new[] { "size" } });
        Assert.False(malformed.Success);
        Assert.Equal(new[] { "error - (no file): TopoParameters: 'size': write NAME=VALUE, several separated by ';'" }, malformedLog.Lines);

        var (badValue, badValueLog) = Run(Request("edge.topo") with { Parameters = new[] { "size=big" } });
        Assert.False(badValue.Success);
        Assert.Contains(badValueLog.Lines, l => l.Contains("'big' is not a whole number", StringComparison.Ordinal));
    }

    [Fact]
    public void Warning_options_read_the_topo_codes_of_the_project_properties()
    {
        Write("overlap.topo", "network lan { cidr \"10.0.0.0/16\" }\nnetwork dmz { cidr \"10.0.1.0/24\" }\n");

        Assert.Single(Run(Request("overlap.topo")).Log.Lines, l => l.StartsWith("warning TOPO5002", StringComparison.Ordinal));
        Assert.Empty(Run(Request("overlap.topo") with { ProjectNoWarn = new[] { "1701", "1702", "TOPO5002" } }).Log.Lines);
        Assert.Empty(Run(Request("overlap.topo") with { NoWarn = new[] { "topo5002" } }).Log.Lines);

        var (promoted, promotedLog) = Run(Request("overlap.topo") with { WarningsAsErrors = new[] { "CS8600;TOPO5002", "NU1605" } });
        Assert.False(promoted.Success);
        Assert.Single(promotedLog.Lines, l => l.StartsWith("error TOPO5002", StringComparison.Ordinal));

        Assert.False(Run(Request("overlap.topo") with { TreatWarningsAsErrors = true }).Result.Success);

        var (badCode, badCodeLog) = Run(Request("overlap.topo") with { NoWarn = new[] { "TOPO9999" } });
        Assert.False(badCode.Success);
        Assert.Equal(new[] { "error - (no file): TopoNoWarn: 'TOPO9999' is not a TopoLang diagnostic code (`topo explain CODE` lists them)" }, badCodeLog.Lines);
    }

    [Fact]
    public void Two_entries_that_make_one_topology_are_an_error()
    {
        Write("a/lab.topo", "topology lab\nnetwork a { cidr \"10.0.0.0/24\" }\n");
        Write("b/lab.topo", "topology lab\nnetwork b { cidr \"10.1.0.0/24\" }\n");

        var (result, log) = Run(Request("a/lab.topo", "b/lab.topo"));

        Assert.False(result.Success);
        Assert.Single(log.Lines, l => l.Contains("both make topology 'lab' (LabTopology.g.cs)", StringComparison.Ordinal));
        Assert.False(Directory.Exists(CodeDirectory));
    }

    [Fact]
    public void A_missing_file_is_an_error_at_that_file()
    {
        var (result, log) = Run(Request("gone.topo"));

        Assert.False(result.Success);
        Assert.Equal(new[] { $"error - {Path.Combine(_project, "gone.topo")}(0,0,0,0): TopoFile '{Path.Combine(_project, "gone.topo")}' cannot be read: no such file" }, log.Lines);
    }

    [Fact]
    public void The_namespace_option_applies_to_topologies_without_one()
    {
        Write("edge.topo", Edge);

        Assert.True(Run(Request("edge.topo") with { DefaultNamespace = "My.App" }).Result.Success);

        Assert.Contains("namespace My.App", File.ReadAllText(Path.Combine(CodeDirectory, "EdgeTopology.g.cs")));
    }

    private TopoBuildRequest Request(params string[] sources) => new()
    {
        ProjectDirectory = _project,
        Sources = sources.Select(s => new TopoSource(s)).ToList(),
        CodeDirectory = "obj/topo",
        ArtifactsDirectory = "bin/topo",
        OutputsFile = "obj/topo.outputs",
        DependencyFile = "obj/topo.imports",
    };

    private static (TopoBuildResult Result, RecordingLog Log) Run(TopoBuildRequest request)
    {
        var log = new RecordingLog();
        return (TopoBuild.Run(request, log), log);
    }

    private static string[] CodeFiles(TopoBuildResult result) =>
        result.Outputs.Where(o => o.Kind == GeneratedOutputKind.Code).Select(o => Path.GetFileName(o.FullPath)).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_project, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Read(string relativePath) => File.ReadAllText(Path.Combine(_project, relativePath));

    /// <summary>Every file under the project with its bytes and timestamp.</summary>
    private string Snapshot() => string.Join("\n", Directory.GetFiles(_project, "*", SearchOption.AllDirectories)
        .OrderBy(p => p, StringComparer.Ordinal)
        .Where(p => !p.EndsWith(".topo", StringComparison.Ordinal))
        .Select(p => $"{p} {File.GetLastWriteTimeUtc(p):O} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p)))}"));

    private sealed class RecordingLog : IBuildLog
    {
        public List<string> Lines { get; } = new();

        public List<string> Messages { get; } = new();

        public string Text => string.Join("\n", Lines);

        public void Error(string? code, string? file, int line, int column, int endLine, int endColumn, string message) =>
            Lines.Add($"error {code ?? "-"} {file ?? "(no file)"}{Position(file, line, column, endLine, endColumn)}: {message}");

        public void Warning(string? code, string? file, int line, int column, int endLine, int endColumn, string message) =>
            Lines.Add($"warning {code ?? "-"} {file ?? "(no file)"}{Position(file, line, column, endLine, endColumn)}: {message}");

        public void Message(string message) => Messages.Add(message);

        public void Detail(string message) => Messages.Add(message);

        private static string Position(string? file, int line, int column, int endLine, int endColumn) =>
            file is null ? string.Empty : $"({line},{column},{endLine},{endColumn})";
    }
}
