using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Compiler.Emit.Targets.CloudStack;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.CloudStack;

/// <summary>
/// The CloudStack calls (JSON and CloudMonkey script): accepted by the CloudStack validator (tests/validators/cloudstack) (CloudStack's
/// required parameters), in dependency order, the same calls in both files as the shell reads
/// them, golden for the example, deterministic, and unbroken by hostile strings.
/// </summary>
public sealed class CloudStackWriterTests
{

    /// <summary>Placeholder kinds that name an id an earlier call of the same file creates.</summary>
    private static readonly string[] CreatedKinds = { "network", "condition", "policy", "profile", "ip", "lbrule" };

    public static IEnumerable<object[]> Inputs() => RepositoryTopologies.RowsWith(CloudStackFiles.Of);

    [SkippableTheory]
    [MemberData(nameof(Inputs))]
    public void Every_file_passes_the_CloudStack_validator(string path)
    {
        var compilation = RepositoryTopologies.Compile(path);

        AssertCloudStackValidatorPasses(CloudStackFiles.Of(compilation.Semantics));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Ids_from_earlier_calls_are_created_before_they_are_used(string path)
    {
        var compilation = RepositoryTopologies.Compile(path);

        foreach (var file in CloudStackFiles.Json(CloudStackFiles.Of(compilation.Semantics)))
        {
            AssertCreatedBeforeUse(file);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Inputs))]
    public void The_script_gives_the_shell_exactly_the_calls_of_the_json(string path)
    {
        var compilation = RepositoryTopologies.Compile(path);

        AssertScriptMatchesJson(CloudStackFiles.Of(compilation.Semantics));
    }

    [Fact]
    public void Example_matches_the_golden_files()
    {
        var files = CloudStackFiles.Of(RepositoryTopologies.Compile(RepositoryTopologies.Datacenter).Semantics);

        Assert.Equal(
            new[] { ArtifactPaths.CloudStackCalls("kt-g1", "storefront"), ArtifactPaths.CloudMonkeyScript("kt-g1", "storefront") },
            files.Select(f => f.RelativePath));
        foreach (var file in files)
        {
            Golden.AssertMatches(GoldenPath(file), file.Text);
        }
    }

    [Fact]
    public void Example_storefront_builds_the_network_then_the_cache_then_the_shop_autoscale_group()
    {
        var json = CloudStackFiles.Json(CloudStackFiles.Of(RepositoryTopologies.Compile(RepositoryTopologies.Datacenter).Semantics)).Single();
        var calls = CloudStackFiles.ReadCalls(json.Text);

        Assert.Equal(
            new[]
            {
                "createNetwork", "createCondition", "createCondition", "createAutoScalePolicy", "createAutoScalePolicy",
                "createAutoScaleVmProfile", "associateIpAddress", "createLoadBalancerRule", "createAutoScaleVmGroup",
                "deployVirtualMachine", "deployVirtualMachine",
            },
            calls.Select(c => c.Api));
        Assert.Equal("172.16.20.1", calls[0].Param("gateway"));
        Assert.Equal("255.255.255.0", calls[0].Param("netmask"));
        Assert.Equal("${zone:kr-central-2}", calls[0].Param("zoneid"));
        Assert.Equal(("GT", "70"), (calls[1].Param("relationaloperator"), calls[1].Param("threshold")));
        Assert.Equal(("LT", "30"), (calls[2].Param("relationaloperator"), calls[2].Param("threshold")));
        Assert.Equal(("SCALEUP", "300"), (calls[3].Param("action"), calls[3].Param("duration")));
        Assert.Equal(("SCALEDOWN", "300"), (calls[4].Param("action"), calls[4].Param("duration")));
        Assert.Equal("${offering:4vcpu-8gib}", calls[5].Param("serviceofferingid"));
        Assert.Equal("${template:rocky-9}", calls[5].Param("templateid"));
        Assert.Equal(("3", "10"), (calls[8].Param("minmembers"), calls[8].Param("maxmembers")));
        Assert.Equal(new[] { "session-cache-1", "session-cache-2" }, calls.Skip(9).Select(c => c.Param("displayname")));
        Assert.All(calls.Skip(9), c => Assert.Equal("${offering:4vcpu-64gib}", c.Param("serviceofferingid")));
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        var semantics = RepositoryTopologies.Compile(RepositoryTopologies.Datacenter).Semantics;

        var first = CloudStackFiles.Of(semantics);
        var second = CloudStackFiles.Of(RepositoryTopologies.Compile(RepositoryTopologies.Datacenter).Semantics);

        Assert.Equal(first, second);
        Assert.All(first, file => Assert.EndsWith("\n", file.Text, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Hostile_strings_keep_their_values_and_break_neither_file()
    {
        var compilation = HostileTopology.Compile();
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.GetDiagnostics().Select(d => d.Message)));
        var files = CloudStackFiles.Of(compilation.Semantics);

        AssertCloudStackValidatorPasses(files);
        AssertScriptMatchesJson(files);
        AssertCreatedBeforeUse(CloudStackFiles.Json(files).Single());
        var calls = CloudStackFiles.ReadCalls(CloudStackFiles.Json(files).Single().Text);
        Assert.All(calls.Where(c => c.Api == "deployVirtualMachine"), call =>
        {
            Assert.Equal(HostileTopology.Region, Unescape(KeyOf(call.Param("zoneid"), "zone")));
            Assert.Equal(HostileTopology.Image, Unescape(KeyOf(call.Param("templateid"), "template")));
        });
    }

    [Fact]
    public void Every_placeholder_written_is_one_the_plan_finds()
    {
        var files = CloudStackFiles.Of(HostileTopology.Compile().Semantics)
            .Concat(CloudStackFiles.Of(RepositoryTopologies.Compile(RepositoryTopologies.Datacenter).Semantics));

        foreach (var file in CloudStackFiles.Json(files))
        {
            var values = CloudStackFiles.ReadCalls(file.Text).SelectMany(c => c.Params.Select(p => p.Value)).ToList();
            var written = values.Where(v => v.StartsWith("${", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal);

            Assert.Equal(written, WrittenPlaceholders.Find(values));
        }

        foreach (var (json, script) in CloudStackFiles.Json(files).Zip(CloudStackFiles.Scripts(files)))
        {
            // The script passes created ids in shell variables: only the operator's placeholders are in it.
            Assert.Equal(WrittenPlaceholders.Find(new[] { json.Text }).Where(p => !CloudStackIds.CreatedKinds.Contains(KindOf(p))), WrittenPlaceholders.Find(new[] { script.Text }));
        }
    }

    [SkippableFact]
    public void A_quote_in_a_value_survives_the_shell()
    {
        const string value = "it's $HOME `id` \"x\" \\ ;";

        var result = ExternalTool.Run(TestTools.Shell, "-c", "printf '%s' " + ShellQuote.Quote(value));

        Assert.Equal("'it'\"'\"'s $HOME `id` \"x\" \\ ;'", ShellQuote.Quote(value));
        Assert.Equal(value, result.Out);
    }

    [Theory]
    [InlineData("kr-central-1", "kr-central-1")]
    [InlineData("ubuntu 22.04", "ubuntu%2022.04")]
    [InlineData("a'b\"c{d}e%f\ng", "a%27b%22c%7Bd%7De%25f%0Ag")]
    [InlineData("é日本\\", "%C3%A9%E6%97%A5%E6%9C%AC%5C")]
    public void Placeholder_keys_encode_what_would_end_a_placeholder(string text, string key)
    {
        Assert.Equal(key, PlaceholderKey.Escape(text));
        Assert.Equal(text, Unescape(key));
    }

    [Theory]
    [InlineData(4L << 30, "4gib")]
    [InlineData(3L << 29, "1536mib")]
    [InlineData(1L << 40, "1tib")]
    [InlineData(1000L, "1000b")]
    public void Offering_keys_name_memory_exactly(long bytes, string text)
    {
        Assert.Equal(text, ServiceOffering.Memory(bytes));
    }

    [Theory]
    [InlineData("web-1", "web-1")]
    [InlineData("Web_Tier", "web-tier")]
    [InlineData("_x", "x")]
    [InlineData("1st", "vm-1st")]
    [InlineData("___", "vm")]
    public void Vm_names_are_hostnames(string name, string hostname)
    {
        Assert.Equal(hostname, VmHostname.From(name));
    }

    private static void AssertCloudStackValidatorPasses(IReadOnlyList<GeneratedFile> files)
    {
        Assert.NotEmpty(files);
        foreach (var path in ValidTopologies.WriteToTemp(files))
        {
            var result = RepositoryValidators.CloudStack(new[] { path });
            Assert.True(result.ExitCode == 0, $"the CloudStack validator rejected {path}:\n{result.Combined}\n{File.ReadAllText(path)}");
        }
    }

    /// <summary>
    /// Our own check beyond the CloudStack validator (tests/validators/cloudstack): a placeholder of a created id is only used after the
    /// call that returns it, and an autoscale group's rule, policies and profile are all such ids.
    /// </summary>
    private static void AssertCreatedBeforeUse(GeneratedFile file)
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var call in CloudStackFiles.ReadCalls(file.Text))
        {
            foreach (var (name, value) in call.Params)
            {
                foreach (var placeholder in WrittenPlaceholders.Find(new[] { value }).Where(p => CreatedKinds.Contains(KindOf(p))))
                {
                    Assert.True(created.Contains(placeholder), $"{file.RelativePath}: {call.Api} {name}={value} uses {placeholder} before a call creates it");
                }
            }

            if (call.Api == "createAutoScaleVmGroup")
            {
                foreach (var name in new[] { "lbruleid", "scaleuppolicyids", "scaledownpolicyids", "vmprofileid" })
                {
                    Assert.Contains(call.Param(name), created);
                }
            }

            if (call.Returns is { } returns)
            {
                Assert.True(created.Add(returns), $"{file.RelativePath}: {returns} is created twice");
            }
        }
    }

    /// <summary>
    /// Runs the script under the real shell, every operator's value given, with `cmk` as a
    /// function that records its words and, asked for JSON (`id_of`), answers `created-N` for the
    /// N-th call: the calls must be the JSON's, each created id passed on to the calls that use it.
    /// </summary>
    internal static void AssertScriptMatchesJson(IReadOnlyList<GeneratedFile> files)
    {
        ExternalTool.Require(TestTools.Jq);
        var given = WrittenPlaceholders.Find(files.Select(f => f.Text)).Where(p => !CloudStackIds.CreatedKinds.Contains(KindOf(p)))
            .Select((placeholder, index) => (placeholder, Value: $"given-{index + 1}")).ToList();
        var filled = files.Select(f => f with { Text = given.Aggregate(f.Text, (text, g) => text.Replace(g.placeholder, g.Value, StringComparison.Ordinal)) }).ToList();
        var paths = ValidTopologies.WriteToTemp(filled);
        foreach (var json in paths.Where(p => p.EndsWith(".json", StringComparison.Ordinal)))
        {
            var script = json[..^".cloudstack.json".Length] + ".cmk";
            var record = json + ".calls";
            const string stub = """
                record="$2"
                cmk() {
                  if [ "$1" = -o ]; then shift 2; fi
                  for w in "$@"; do printf '%s\0' "$w"; done >> "$record"
                  printf '\036\0' >> "$record"
                  printf '{"call": {"id": "created-%s"}}' "$(tr -cd '\036' < "$record" | wc -c)"
                }
                . "$1"
                """;
            var result = ExternalTool.Run(TestTools.Shell, "-c", stub, "sh", script, record);
            Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.Combined);

            var calls = CloudStackFiles.ReadCalls(File.ReadAllText(json));
            var created = calls.Select((call, index) => (call.Returns, Id: $"created-{index + 1}")).Where(c => c.Returns is not null).ToList();
            var expected = calls.Select(c => string.Join("\n", new[] { c.Api }.Concat(c.Params.Select(p => p.Key + "=" + created.Aggregate(p.Value, (value, id) => value.Replace(id.Returns!, id.Id, StringComparison.Ordinal))))));
            var actual = File.ReadAllText(record).Split("\u001e\0", StringSplitOptions.RemoveEmptyEntries)
                .Select(words => string.Join("\n", words.TrimEnd('\0').Split('\0')));
            Assert.Equal(expected, actual);
        }
    }

    private static string GoldenPath(GeneratedFile file) =>
        Path.Combine(RepositoryPaths.TestCases, "artifacts", "cloudstack", file.RelativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string KindOf(string placeholder) => placeholder[2..placeholder.IndexOf(':', StringComparison.Ordinal)];

    private static string KeyOf(string placeholder, string kind)
    {
        Assert.StartsWith("${" + kind + ":", placeholder, StringComparison.Ordinal);
        return placeholder[(kind.Length + 3)..^1];
    }

    private static string Unescape(string key) => Uri.UnescapeDataString(key);
}
