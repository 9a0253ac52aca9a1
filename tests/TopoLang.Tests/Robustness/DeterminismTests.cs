using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Robustness;

/// <summary>
/// Same input, same bytes (docs/language.md, "What `topo build` writes"): two compilations of every valid example emit the
/// same files; nothing depends on the current culture (tested in-process: this test project
/// runs with ICU, see its .csproj), on the time zone or on the process (a child `topo build`
/// under other TZ, LANG and hash seeds), or on the order files are reached.
/// </summary>
public sealed class DeterminismTests
{
    public static IEnumerable<object[]> ValidExamples() => RepositoryTopologies.ValidRows();

    public static IEnumerable<object[]> Cultures() => new[] { "tr-TR", "de-DE" }.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void Two_compilations_emit_byte_identical_file_sets(string relativePath)
    {
        var first = Emit(relativePath);
        var second = Emit(relativePath);

        Assert.NotEmpty(first);
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_valid_example_emits_the_same_bytes_under_another_culture(string culture)
    {
        var paths = ValidExamples().Select(row => (string)row[0]).ToList();
        var invariant = InCulture(CultureInfo.InvariantCulture, () => paths.Select(Emit).ToList());

        var other = InCulture(CultureInfo.GetCultureInfo(culture), () =>
        {
            AssertCultureIsReal(culture);
            return paths.Select(Emit).ToList();
        });

        for (var i = 0; i < paths.Count; i++)
        {
            if (!invariant[i].SequenceEqual(other[i]))
            {
                Assert.Fail($"{paths[i]} emits other bytes under {culture}: {FirstDifference(invariant[i], other[i])}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Diagnostics_read_the_same_under_another_culture(string culture)
    {
        // Every test input and example: messages hold numbers, sizes, money, ratios and limits.
        var inputs = Directory.GetFiles(RepositoryPaths.TestCases, "*.topo", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.Examples, "*.topo", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        var invariant = InCulture(CultureInfo.InvariantCulture, () => inputs.Select(Diagnostics).ToList());

        var other = InCulture(CultureInfo.GetCultureInfo(culture), () => inputs.Select(Diagnostics).ToList());

        var differing = inputs.Where((_, i) => invariant[i] != other[i]).Select(path => Path.GetRelativePath(RepositoryPaths.Root, path));
        Assert.Empty(differing);
    }

    [SkippableFact]
    public void A_build_in_another_process_does_not_depend_on_time_zone_culture_or_hash_seed()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "topo.dll");
        var example = Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo");
        var settings = new[]
        {
            ("UTC", "C.UTF-8"),
            ("Pacific/Kiritimati", "tr_TR.UTF-8"),
            ("America/St_Johns", "de_DE.UTF-8"),
        };
        var work = Directory.CreateTempSubdirectory("topo-determinism-");
        try
        {
            var trees = settings.Select((setting, i) =>
            {
                var output = Path.Combine(work.FullName, $"out{i}");
                var result = RunCli(cli, setting.Item1, setting.Item2, "build", example, "-o", output);
                Assert.True(result.ExitCode == 0, $"topo build under TZ={setting.Item1} LANG={setting.Item2} failed:\n{result.Combined}");
                return Tree(output);
            }).ToList();

            Assert.Contains("datacenter/.topo-manifest", trees[0].Keys);
            Assert.All(trees.Skip(1), tree => Assert.Equal(trees[0], tree));

            // In process the same files come out; their texts name paths as given (the CLI was
            // given a full path and writes #line relative to its output folder), so compare names.
            var inProcess = Emit(Path.GetRelativePath(RepositoryPaths.Root, example));
            Assert.Equal(inProcess.Select(f => "datacenter/" + f.Path).Order(StringComparer.Ordinal), trees[0].Keys.Where(k => !k.EndsWith(".topo-manifest", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_reached_by_two_import_paths_is_read_once_and_the_output_does_not_depend_on_which_came_first()
    {
        // The compiler never lists a folder: files are reached only through the import lines,
        // in their order, and one file reached twice (`nets/lan.topo`, `./sub/../nets/lan.topo`)
        // is one unit wherever it was first reached.
        const string Lan = "network lan { cidr \"10.0.0.0/24\" }\n";
        const string Host = "host kvm-01 {\n  cpu intel { cores 8; features [vmx, ept] }\n  memory 64 GiB\n  hypervisor kvm { guest web { os linux; vcpus 1; memory 1 GiB; nic lan } }\n}\n";
        IEnumerable<(string, string)> Build(string imports)
        {
            var files = new InMemoryFileSystem()
                .Add("/proj/lab.topo", imports + Host)
                .Add("/proj/a.topo", "import \"nets/lan.topo\"\n")
                .Add("/proj/b.topo", "import \"./sub/../nets/lan.topo\"\n")
                .Add("/proj/nets/lan.topo", Lan);
            var compilation = TopoCompilation.Create(SourceText.From(imports + Host, "/proj/lab.topo"), new TopoCompilationOptions { FileSystem = files });
            Assert.Empty(compilation.GetDiagnostics());
            Assert.Single(compilation.Units, unit => unit.FullPath == "/proj/nets/lan.topo");
            return compilation.Emit().All.Select(f => (f.RelativePath, f.Text)).ToList();
        }

        Assert.Equal(Build("import \"a.topo\"\nimport \"b.topo\"\n"), Build("import \"b.topo\"\nimport \"a.topo\"\n"));
    }

    private static List<(string Path, string Text)> Emit(string relativePath)
    {
        var compilation = TopoCompilation.FromFile(Path.Combine(RepositoryPaths.Root, relativePath));
        Assert.False(compilation.HasErrors, $"{relativePath}: " + string.Join("\n", compilation.GetDiagnostics().Where(d => d.IsError).Select(d => d.Message)));
        return compilation.Emit().All.Select(f => (f.RelativePath, f.Text)).ToList();
    }

    private static string Diagnostics(string path)
    {
        var compilation = TopoCompilation.FromFile(path);
        var writer = new StringWriter { NewLine = "\n" };
        new MsBuildDiagnosticFormatter().Render(writer, compilation.GetDiagnostics());
        new JsonDiagnosticRenderer().Render(writer, compilation.GetDiagnostics());
        return writer.ToString();
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }

    /// <summary>The test would prove nothing in invariant-globalization mode, where every culture formats like the invariant one.</summary>
    private static void AssertCultureIsReal(string culture)
    {
        Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
        Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
        if (culture == "tr-TR")
        {
            Assert.Equal("İ", "i".ToUpper(CultureInfo.CurrentCulture));
        }
    }

    private static string FirstDifference(List<(string Path, string Text)> expected, List<(string Path, string Text)> actual)
    {
        if (!expected.Select(f => f.Path).SequenceEqual(actual.Select(f => f.Path)))
        {
            return "the files differ: " + string.Join(", ", expected.Select(f => f.Path).Except(actual.Select(f => f.Path)).Concat(actual.Select(f => f.Path).Except(expected.Select(f => f.Path))));
        }

        var (path, text) = expected.Zip(actual).First(pair => pair.First.Text != pair.Second.Text).First;
        var other = actual.First(f => f.Path == path).Text;
        var at = Enumerable.Range(0, Math.Min(text.Length, other.Length)).FirstOrDefault(i => text[i] != other[i]);
        return $"{path} at character {at}: '{Excerpt(text, at)}' against '{Excerpt(other, at)}'";
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 30), Math.Min(60, text.Length - Math.Max(0, at - 30)));

    private static SortedDictionary<string, string> Tree(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);

    private static ToolResult RunCli(string cli, string timeZone, string language, params string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The CLI ships invariant; this turns ICU on so that LANG sets a real culture.
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "0";
        start.Environment["TZ"] = timeZone;
        start.Environment["LANG"] = language;
        start.Environment["LC_ALL"] = language;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + dotnet);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("topo build did not finish in 120 s");
        }

        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }
}
