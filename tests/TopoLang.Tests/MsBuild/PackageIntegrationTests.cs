using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace TopoLang.Tests.MsBuild;

/// <summary>
/// The package as users get it: packed to a temporary feed, opened to check that the task
/// carries every assembly it loads, and used by a copy of examples/Datacenter.App through
/// `dotnet build` and `dotnet clean`, one step after the other on the same copy.
/// </summary>
public sealed class PackageIntegrationTests : IClassFixture<PackedPackages>
{
    private const string TaskFolder = "tasks/net8.0/";

    private readonly PackedPackages _packages;
    private readonly ITestOutputHelper _output;

    public PackageIntegrationTests(PackedPackages packages, ITestOutputHelper output)
    {
        _packages = packages;
        _output = output;
    }

    [Fact]
    public void The_package_holds_the_task_and_every_assembly_it_loads_and_depends_on_the_runtime()
    {
        _packages.Report(_output);
        using var package = ZipFile.OpenRead(_packages.MsBuildPackage);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        foreach (var file in new[] { "build/TopoLang.MsBuild.props", "build/TopoLang.MsBuild.targets", "buildTransitive/TopoLang.MsBuild.props", "buildTransitive/TopoLang.MsBuild.targets", TaskFolder + "TopoLang.MsBuild.deps.json" })
        {
            Assert.Contains(file, entries);
        }

        // The assemblies that are not in the SDK's .NET: a package without Roslyn or Pidgin here
        // would load the SDK's own Roslyn, or fail, depending on the machine.
        var assemblies = entries.Where(e => e.StartsWith(TaskFolder, StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal))
            .ToDictionary(e => Path.GetFileNameWithoutExtension(e), e => ReadAssembly(package, e), StringComparer.Ordinal);
        foreach (var name in new[] { "TopoLang.MsBuild", "TopoLang.Compiler", "TopoLang.Runtime", "Pidgin", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Reflection.Metadata" })
        {
            Assert.True(assemblies.ContainsKey(name), $"{name}.dll is not in {TaskFolder}");
        }

        // MSBuild's own assemblies come from the MSBuild that loads the task; a copy would clash.
        Assert.DoesNotContain(assemblies.Keys, name => name.StartsWith("Microsoft.Build", StringComparison.Ordinal));

        // Every reference, followed from the task: in the package at that version or later, or
        // provided by MSBuild, or in the shared framework of .NET 8 (the oldest SDK that runs it).
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var seen = new HashSet<string>(StringComparer.Ordinal) { "TopoLang.MsBuild" };
        var pending = new Queue<string>(seen);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            foreach (var reference in assemblies[current].References)
            {
                if (assemblies.TryGetValue(reference.Name!, out var packaged))
                {
                    Assert.True(packaged.Version >= reference.Version, $"{current} needs {reference.Name} {reference.Version}; the package has {packaged.Version}");
                    if (seen.Add(reference.Name!))
                    {
                        pending.Enqueue(reference.Name!);
                    }
                }
                else if (!reference.Name!.StartsWith("Microsoft.Build", StringComparison.Ordinal))
                {
                    Assert.True(File.Exists(Path.Combine(frameworkDirectory, reference.Name + ".dll")) && reference.Version!.Major <= 8, $"{current} needs {reference.Name} {reference.Version}, which is neither in the package nor in .NET 8");
                }
            }
        }

        Assert.Equal(assemblies.Keys.OrderBy(n => n, StringComparer.Ordinal), seen.OrderBy(n => n, StringComparer.Ordinal));

        // The .deps.json names the same files, so MSBuild's loader resolves each from the task's folder.
        using var deps = JsonDocument.Parse(package.GetEntry(TaskFolder + "TopoLang.MsBuild.deps.json")!.Open());
        var runtimeFiles = deps.RootElement.GetProperty("targets").EnumerateObject().Single().Value.EnumerateObject()
            .Where(library => library.Value.TryGetProperty("runtime", out _))
            .SelectMany(library => library.Value.GetProperty("runtime").EnumerateObject().Select(asset => Path.GetFileName(asset.Name)))
            .ToList();
        Assert.All(runtimeFiles, file => Assert.Contains(TaskFolder + file, entries));

        // TopoLang.Runtime, which generated code compiles against, for a project of any framework.
        using var nuspecStream = package.GetEntry("TopoLang.MsBuild.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        var group = Assert.Single(nuspec.Descendants(), e => e.Name.LocalName == "dependencies");
        var dependency = Assert.Single(group.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Equal("TopoLang.Runtime", (string?)dependency.Attribute("id"));
        Assert.Equal(_packages.Version, (string?)dependency.Attribute("version"));
        Assert.DoesNotContain(group.DescendantsAndSelf(), e => e.Attribute("targetFramework") is not null);

        using var runtime = ZipFile.OpenRead(_packages.RuntimePackage);
        Assert.Contains(runtime.Entries, e => e.FullName == "lib/netstandard2.0/TopoLang.Runtime.dll");
        Assert.Contains(runtime.Entries, e => e.FullName == "lib/net8.0/TopoLang.Runtime.dll");
    }

    [Fact]
    public void The_example_consumer_builds_runs_and_rebuilds_exactly_what_changed()
    {
        _packages.Report(_output);
        var consumer = new Consumer(_packages, _output);
        var lab = Path.Combine(consumer.Project, "lab.topo");
        File.WriteAllText(lab, "topology lab\n\nhost lab-01 {\n  cpu intel { cores 4; features [vmx, ept] }\n  memory 16 GiB\n  hypervisor kvm {\n    guest box { os linux ubuntu; vcpus 2; memory 2 GiB }\n  }\n}\n");

        // (a) The first build restores from the feed, generates, compiles; the app prints the model.
        consumer.Build(restore: true).Succeeds();
        Assert.True(File.Exists(consumer.Code("DatacenterTopology.g.cs")));
        Assert.True(File.Exists(consumer.Artifact("datacenter", "datacenter.plan.json")));
        Assert.True(File.Exists(consumer.Artifact("datacenter", "hosts/xen-01/pv-build.cfg")));
        Assert.True(File.Exists(consumer.Code("LabTopology.g.cs")));
        Assert.True(File.Exists(consumer.Artifact("lab", "hosts/lab-01/box.xml")));
        var printed = consumer.RunApp();
        Assert.Contains("topology datacenter (namespace Acme.Datacenter)", printed);
        Assert.Contains("4 hosts, 10 guests, 6 networks, 3 clouds, 3 deployments", printed);
        Assert.Contains("web servers on kvm-01: 3", printed);
        Assert.Contains("network mgmt: 10.10.0.0/24 vlan 10 Bridge", printed);
        Assert.Matches(new Regex(@"^plan: \d+ steps in \d+ stages; first: validate-host:kvm-01", RegexOptions.Multiline), printed);

        // (b) Nothing changed: the target is skipped, and so is the C# compiler.
        var codeTime = File.GetLastWriteTimeUtc(consumer.Code("DatacenterTopology.g.cs"));
        var noOp = consumer.Build().Succeeds();
        Assert.Contains("Skipping target \"_TopoCompile\" because all output files are up-to-date", noOp.Output);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", noOp.Output);
        Assert.DoesNotContain("TopoLang: ", noOp.Output);
        Assert.Equal(codeTime, File.GetLastWriteTimeUtc(consumer.Code("DatacenterTopology.g.cs")));

        // (c) An edited .topo regenerates: two more web servers in the code, the app and the artifacts.
        consumer.Edit(consumer.Datacenter, "param web_count: int = 3", "param web_count: int = 5");
        var edited = consumer.Build().Succeeds();
        Assert.Contains("TopoLang: ../datacenter/datacenter.topo -> ", edited.Output);
        Assert.Contains("web servers on kvm-01: 5", consumer.RunApp());
        Assert.True(File.Exists(consumer.Artifact("datacenter", "hosts/kvm-01/web-5.xml")));

        // (d) An edited import (not itself compiled as a topology) regenerates too; this build
        // runs the task in its own process (TopoUseTaskHost), as when working on the task.
        consumer.Edit(consumer.Networks, "vlan 10;", "vlan 11;");
        var import = consumer.Build(extra: new[] { "-p:TopoUseTaskHost=true", "-v:d" }).Succeeds();
        Assert.Contains("Launching task \"TopoCompile\" from assembly", import.Output);
        Assert.Contains("in an external task host", import.Output);
        Assert.Contains("TopoLang: ../datacenter/datacenter.topo -> ", import.Output);
        Assert.Contains("network mgmt: 10.10.0.0/24 vlan 11 Bridge", consumer.RunApp());
        Assert.Contains("<tag id=\"11\" />", File.ReadAllText(consumer.Artifact("datacenter", "networks/mgmt.xml")), StringComparison.Ordinal);

        // (e) A deleted .topo takes its class and its artifacts with it.
        File.Delete(lab);
        consumer.Build().Succeeds();
        Assert.False(File.Exists(consumer.Code("LabTopology.g.cs")));
        Assert.False(Directory.Exists(consumer.Artifact("lab", string.Empty)));
        Assert.False(Contains(File.ReadAllBytes(consumer.AppAssembly), "LabTopology"), "the assembly still has LabTopology");
        Assert.True(Contains(File.ReadAllBytes(consumer.AppAssembly), "DatacenterTopology"));

        // (f) An invalid .topo fails the build with the canonical line and exit code 1, and the
        // previous outputs are left exactly as they were.
        var before = consumer.SnapshotOutputs();
        var lines = File.ReadAllLines(consumer.Datacenter).Length;
        File.AppendAllText(consumer.Datacenter, "memroy 4 GiB\n");
        var failed = consumer.Build();
        Assert.True(failed.ExitCode == 1, failed.ToString());
        var canonical = new Regex($@"^\s*{Regex.Escape(consumer.Datacenter)}\({lines + 1},1,{lines + 1},7\): error TOPO1001: 'memroy' is not allowed in the top level", RegexOptions.Multiline);
        Assert.True(canonical.IsMatch(failed.Output), failed.ToString());
        Assert.Equal(before, consumer.SnapshotOutputs());

        // (g) Clean removes every generated file, and the folders they were in.
        var clean = consumer.Clean();
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(Directory.Exists(consumer.CodeDirectory), string.Join("\n", Files(consumer.CodeDirectory)));
        Assert.False(Directory.Exists(consumer.ArtifactsDirectory), string.Join("\n", Files(consumer.ArtifactsDirectory)));
    }

    private static IEnumerable<string> Files(string directory) =>
        Directory.Exists(directory) ? Directory.GetFiles(directory, "*", SearchOption.AllDirectories) : Array.Empty<string>();

    private static bool Contains(byte[] bytes, string ascii) => bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(ascii)) >= 0;

    private sealed record AssemblyInfo(Version Version, IReadOnlyList<System.Reflection.AssemblyName> References);

    private static AssemblyInfo ReadAssembly(ZipArchive package, string entry)
    {
        using var stream = new MemoryStream();
        using (var source = package.GetEntry(entry)!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName()).ToList();
        return new AssemblyInfo(metadata.GetAssemblyDefinition().Version, references);
    }

    /// <summary>A copy of examples/Datacenter.App and the datacenter topology, fed from the test's packages.</summary>
    private sealed class Consumer
    {
        private readonly PackedPackages _packages;
        private readonly ITestOutputHelper _output;
        private readonly Dictionary<string, string> _environment;

        public Consumer(PackedPackages packages, ITestOutputHelper output)
        {
            _packages = packages;
            _output = output;
            var root = Path.Combine(packages.Root, "examples");
            Copy(Path.Combine(DotNet.Repository, "examples", "Datacenter.App"), Path.Combine(root, "Datacenter.App"));
            Copy(Path.Combine(DotNet.Repository, "examples", "datacenter"), Path.Combine(root, "datacenter"));
            Project = Path.Combine(root, "Datacenter.App");
            Datacenter = Path.Combine(root, "datacenter", "datacenter.topo");
            Networks = Path.Combine(root, "datacenter", "common", "networks.topo");

            // The example's own nuget.config, pointed at this run's feed instead of artifacts/packages.
            Edit(Path.Combine(Project, "nuget.config"), "value=\"../../artifacts/packages\"", $"value=\"{packages.Feed}\"");

            // A package cache of its own: the unique version never lands in the user's cache,
            // and nothing but the two TopoLang packages is restored.
            _environment = new Dictionary<string, string>
            {
                ["NUGET_PACKAGES"] = Path.Combine(packages.Root, "packages"),
                ["TopoLangVersion"] = packages.Version,
            };
        }

        public string Project { get; }

        public string Datacenter { get; }

        public string Networks { get; }

        public string CodeDirectory => Path.Combine(Project, "obj", "Debug", "net10.0", "topo");

        public string ArtifactsDirectory => Path.Combine(Project, "bin", "Debug", "net10.0", "topo");

        public string AppAssembly => Path.Combine(Project, "bin", "Debug", "net10.0", "Datacenter.App.dll");

        public string Code(string file) => Path.Combine(CodeDirectory, file);

        public string Artifact(string topology, string relativePath) => Path.Combine(ArtifactsDirectory, topology, relativePath);

        public BuildResult Build(bool restore = false, params string[] extra)
        {
            var arguments = new List<string> { "build", "-c", "Debug", "-v:n", "-tl:off", "-nologo" };
            if (!restore)
            {
                arguments.Insert(1, "--no-restore");
            }

            arguments.AddRange(extra);

            return new BuildResult(Log(DotNet.Run(Project, _environment, arguments.ToArray())));
        }

        public DotNetResult Clean() => Log(DotNet.Run(Project, _environment, "clean", "-c", "Debug", "-v:m", "-tl:off", "-nologo"));

        public string RunApp()
        {
            var result = Log(DotNet.Run(Project, _environment, AppAssembly));
            Assert.True(result.ExitCode == 0, result.ToString());
            return result.Output;
        }

        public void Edit(string path, string from, string to)
        {
            var text = File.ReadAllText(path);
            Assert.Contains(from, text);
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        }

        /// <summary>Every generated file with its bytes and timestamp.</summary>
        public string SnapshotOutputs() => string.Join("\n", Files(CodeDirectory).Concat(Files(ArtifactsDirectory))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => $"{p} {File.GetLastWriteTimeUtc(p):O} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p)))}"));

        private DotNetResult Log(DotNetResult result)
        {
            _output.WriteLine($"dotnet {result.Command}: exit {result.ExitCode}, {result.Elapsed.TotalSeconds:0.0} s");
            return result;
        }

        private static void Copy(string from, string to)
        {
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                var first = relative.Split(Path.DirectorySeparatorChar)[0];
                if (first is "bin" or "obj")
                {
                    continue;
                }

                var target = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private sealed record BuildResult(DotNetResult Result)
    {
        public string Output => Result.Output;

        public int ExitCode => Result.ExitCode;

        public BuildResult Succeeds()
        {
            Assert.True(Result.ExitCode == 0, Result.ToString());
            return this;
        }

        public override string ToString() => Result.ToString();
    }
}
