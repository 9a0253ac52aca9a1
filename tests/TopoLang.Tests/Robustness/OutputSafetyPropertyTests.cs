using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Artifacts.CloudStack;
using TopoLang.Tests.Artifacts.Heat;
using TopoLang.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace TopoLang.Tests.Robustness;

/// <summary>
/// One property across every artifact (the per-artifact hostile-string tests prove each writer
/// on one fixed value): random topologies, seeded so that a failure repeats, whose every free
/// text (cpu model, emulator and Xen versions, distros, regions, images) is a random mix of
/// quotes, markup, newlines, `${`, YAML indicators, shell metacharacters and unicode. Emitted
/// whole, every XML file parses with XmlDocument, every YAML file with YamlDotNet (images read
/// back exactly), every JSON file with JsonDocument, every .cmk passes `sh -n` and, run with a
/// stub `cmk`, gives the shell exactly the calls of the JSON and runs nothing from a value (a
/// canary file no value may create), and the C# compiles and holds every value exactly.
/// </summary>
public sealed class OutputSafetyPropertyTests
{

    private static readonly string[] Pieces =
    {
        "\"", "'", "\\", "<", ">", "&", "&amp;", "]]>", "<!--", "-->", "\n", "\r\n", "\t", "${", "${zone:x}", "}", "{", "$",
        ": ", "- ", "#", "!", "*", "&a", "? ", "| ", "> ", "%", "@", "`", "[", "]", ",", "~", "null", "true", "0x1F", "1e3",
        "; ", "&& ", "|| ", "$(", ")", "$HOME", "\\n", "'\"'\"'", "é", "日本", "😀", "\u0301", "\u2028", "\u0085", "\u00a0",
        "\ufeff", "\u200b", "\u0001", "\u007f", "/*", "*/", "//", "#line 1", "\"\"\"",
    };

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 4).Select(seed => new object[] { seed });

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Hostile_values_come_out_well_formed_in_every_artifact(int seed)
    {
        var canary = Path.Combine(Path.GetTempPath(), $"topo-canary-{Guid.NewGuid():N}");
        var values = new Values(new Random(seed), canary);
        var compilation = TopoCompilation.Create(SourceText.From(values.Topology(seed), $"safety-{seed}.topo"));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.GetDiagnostics().Select(d => d.Message)));

        var files = compilation.Emit().All;

        Assert.Contains(files, f => f.RelativePath.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.RelativePath.EndsWith(".hot.yaml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.RelativePath.EndsWith(".cmk", StringComparison.Ordinal));
        foreach (var file in files)
        {
            AssertParses(file, values);
        }

        AssertShellRunsNothing(files, canary);
        AssertCSharpHoldsTheValues(files, seed, values);
    }

    private static void AssertParses(GeneratedFile file, Values values)
    {
        var path = file.RelativePath;
        try
        {
            if (path.EndsWith(".xml", StringComparison.Ordinal))
            {
                var document = new XmlDocument { XmlResolver = null };
                document.LoadXml(file.Text);
            }
            else if (path.EndsWith(".json", StringComparison.Ordinal))
            {
                using var document = JsonDocument.Parse(file.Text);
            }
            else if (path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                var root = HeatArtifacts.Parse(file.Text);
                var images = HeatArtifacts.Keys(root, "parameters")
                    .Where(key => key.EndsWith(".image", StringComparison.Ordinal))
                    .Select(key => HeatArtifacts.Scalar(root, "parameters", key, "default"));
                Assert.All(images, image => Assert.Contains(image, values.Images));
                Assert.NotEmpty(images);
            }
        }
        catch (Exception exception) when (exception is XmlException or JsonException or YamlDotNet.Core.YamlException)
        {
            Assert.Fail($"{path} does not parse: {exception.Message}\n{file.Text}");
        }
    }

    private static void AssertShellRunsNothing(IReadOnlyList<GeneratedFile> files, string canary)
    {
        var scripts = files.Where(f => f.RelativePath.EndsWith(".cmk", StringComparison.Ordinal)).ToList();
        var folder = Directory.CreateTempSubdirectory("topo-safety-");
        try
        {
            foreach (var script in scripts)
            {
                var path = Path.Combine(folder.FullName, Path.GetFileName(script.RelativePath));
                File.WriteAllText(path, script.Text);
                var syntax = ExternalTool.Run(TestTools.Shell, "-n", path);
                Assert.True(syntax.ExitCode == 0 && syntax.Error.Length == 0, $"{script.RelativePath}: sh -n: {syntax.Combined}");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        // Runs each script under the real shell with `cmk` as a function that prints its
        // words, and compares them with the JSON's calls.
        CloudStackWriterTests.AssertScriptMatchesJson(files.Where(f => f.RelativePath.StartsWith("clouds/", StringComparison.Ordinal)).ToList());
        Assert.False(File.Exists(canary), "a value ran as a command: the canary file exists");
    }

    private static void AssertCSharpHoldsTheValues(IReadOnlyList<GeneratedFile> files, int seed, Values values)
    {
        var code = files.Single(f => f.RelativePath.EndsWith(".g.cs", StringComparison.Ordinal));
        var model = GeneratedCode.Model(GeneratedCode.Load((code.RelativePath, code.Text)), $"Safety.S{seed}.Safety{seed}Topology");

        var kvm = model.GetHost("kvm-a");
        Assert.Equal(values.CpuModels[0], kvm.Cpu.Model);
        Assert.Equal(values.Versions[0], ((TopoLang.Runtime.KvmHypervisor)kvm.Hypervisor).EmulatorVersion);
        Assert.Equal(values.Distros.Take(2), kvm.Hypervisor.Guests.Select(g => g.Distro));
        var xen = model.GetHost("xen-a");
        Assert.Equal(values.CpuModels[1], xen.Cpu.Model);
        Assert.Equal(values.Versions[1], xen.Hypervisor.Version);
        Assert.Equal(values.Distros[2], Assert.Single(((TopoLang.Runtime.XenHypervisor)xen.Hypervisor).DomUs).Distro);
        Assert.Equal(values.Regions, new[] { "cs", "os" }.Select(cloud => model.GetCloud(cloud).Region));
        Assert.Equal(values.Images, model.Deployments.SelectMany(d => d.Instances).Select(i => i.Image));
    }

    /// <summary>The random values of one topology, each field its own.</summary>
    private sealed class Values
    {
        private readonly Random _random;
        private readonly string _canary;

        public Values(Random random, string canary)
        {
            _random = random;
            _canary = canary;
            CpuModels = Many(2);
            Versions = Many(2);
            Distros = Many(3);
            Regions = Many(2);
            Images = Many(4);
        }

        public IReadOnlyList<string> CpuModels { get; }

        public IReadOnlyList<string> Versions { get; }

        public IReadOnlyList<string> Distros { get; }

        public IReadOnlyList<string> Regions { get; }

        public IReadOnlyList<string> Images { get; }

        public string Topology(int seed) => $$"""
            topology safety{{seed}}
            namespace Safety.S{{seed}}
            host kvm-a {
              cpu intel { model {{L(CpuModels[0])}}; cores 32; features [vmx, ept] }
              memory 256 GiB
              hypervisor kvm {
                emulator qemu {{L(Versions[0])}}
                guest g1 { os linux {{L(Distros[0])}}; vcpus 2; memory 4 GiB; disk root 10 GiB; nic lan { ip "10.1.0.10" } }
                guest g2 { os linux {{L(Distros[1])}}; vcpus 1; memory 2 GiB; nic app }
              }
            }
            host xen-a {
              cpu amd { model {{L(CpuModels[1])}}; cores 16; features [svm, npt] }
              memory 64 GiB
              hypervisor xen {{L(Versions[1])}} {
                dom0 { vcpus 2; memory 4 GiB }
                domu d1 { os linux {{L(Distros[2])}}; mode pvh; vcpus 1; memory 1 GiB; nic lan }
              }
            }
            network lan { cidr "10.1.0.0/24"; gateway "10.1.0.1" }
            network app { cidr "10.2.0.0/24" }
            cloud cs { platform cloudstack; region {{L(Regions[0])}} }
            cloud os { platform openstack; region {{L(Regions[1])}} }
            deployment shop {
              cloud cs
              instance web { image {{L(Images[0])}}; flavor { vcpus 2; memory 4 GiB; disk 20 GiB }; count 2; network app; scale out { min 2; max 4 } }
              instance db { image {{L(Images[1])}}; flavor { vcpus 4; memory 8 GiB; disk 50 GiB }; network app }
            }
            deployment stack {
              cloud os
              instance api { image {{L(Images[2])}}; flavor { vcpus 1; memory 1 GiB; disk 10 GiB }; count 2; network app }
              instance auto { image {{L(Images[3])}}; flavor { vcpus 1; memory 1 GiB; disk 10 GiB }; network app; scale out { min 1; max 3 } }
            }
            """;

        private static string L(string value) => TopoLiteral.Quoted(value);

        private IReadOnlyList<string> Many(int count) => Enumerable.Range(0, count).Select(_ => One()).ToList();

        /// <summary>Never empty and never blank (a blank distro or image is refused), often with a command that would touch the canary.</summary>
        private string One()
        {
            var text = new StringBuilder("v");
            for (var i = _random.Next(2, 9); i > 0; i--)
            {
                text.Append(_random.Next(6) switch
                {
                    0 => ((char)_random.Next(0x21, 0x7F)).ToString(),
                    1 => char.ConvertFromUtf32(_random.Next(0x1F300, 0x1F5FF)),
                    2 => _random.Next(2) == 0 ? $"$(touch {_canary})" : $"`touch {_canary}`; touch {_canary}",
                    _ => Pieces[_random.Next(Pieces.Length)],
                });
            }

            return text.ToString();
        }
    }
}
