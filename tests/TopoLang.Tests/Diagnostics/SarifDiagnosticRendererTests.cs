using System.IO;
using System.Linq;
using System.Text.Json;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Diagnostics;

public sealed class SarifDiagnosticRendererTests
{
    private static JsonDocument Render(params Diagnostic[] diagnostics)
    {
        var writer = new StringWriter();
        new SarifDiagnosticRenderer("1.2.3").Render(writer, diagnostics);
        return JsonDocument.Parse(writer.ToString());
    }

    private static JsonElement Run(JsonDocument log) => log.RootElement.GetProperty("runs")[0];

    private static JsonElement FirstResult(JsonDocument log) => Run(log).GetProperty("results")[0];

    private static JsonElement ArtifactOf(string path)
    {
        var source = SourceText.From("host a { }\n", path);
        using var log = Render(DiagnosticFactory.MissingEntry(TestDiagnostics.Locate(source, "host"), "host 'a'", "cpu"));
        return FirstResult(log).GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").Clone();
    }

    [Fact]
    public void Sarif_log_has_schema_and_version_2_1_0()
    {
        using var log = Render(TestDiagnostics.KvmWithoutVmx());

        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.Equal(SarifDiagnosticRenderer.SchemaUri, log.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Sarif_driver_is_topo_with_the_given_version()
    {
        using var log = Render();
        var driver = Run(log).GetProperty("tool").GetProperty("driver");

        Assert.Equal("topo", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("informationUri").GetString()));
    }

    [Fact]
    public void Sarif_driver_lists_one_rule_per_descriptor_used_ordered_by_code()
    {
        using var log = Render(TestDiagnostics.KvmWithoutEpt(), TestDiagnostics.KvmWithoutVmx(), TestDiagnostics.KvmWithoutEpt());
        var rules = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal(new[] { "TOPO2001", "TOPO2003" }, rules.EnumerateArray().Select(rule => rule.GetProperty("id").GetString()));
    }

    [Fact]
    public void Sarif_rule_carries_name_descriptions_help_and_default_level()
    {
        using var log = Render(TestDiagnostics.KvmWithoutEpt());
        var rule = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        var descriptor = DiagnosticCatalog.KvmWithoutSecondLevelTranslation;

        Assert.Equal("KvmWithoutSecondLevelAddressTranslation", rule.GetProperty("name").GetString());
        Assert.Equal(descriptor.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.StartsWith("A KVM host whose CPU lacks", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal(descriptor.Help, rule.GetProperty("help").GetProperty("text").GetString());
        Assert.Equal(descriptor.Explanation, rule.GetProperty("help").GetProperty("markdown").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Sarif_result_has_rule_id_index_level_message_and_region()
    {
        using var log = Render(TestDiagnostics.KvmWithoutEpt(), TestDiagnostics.KvmWithoutVmx());
        var result = Run(log).GetProperty("results")[1];
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

        Assert.Equal("TOPO2001", result.GetProperty("ruleId").GetString());
        Assert.Equal(0, result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(TestDiagnostics.KvmWithoutVmx().Message, result.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal((4, 3, 4, 13), (
            region.GetProperty("startLine").GetInt32(),
            region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(),
            region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Sarif_result_level_follows_promotion_while_the_rule_keeps_its_default()
    {
        var promoted = new DiagnosticOptions { WarningsAsErrors = true }.Apply(new[] { TestDiagnostics.KvmWithoutEpt() }).Single();

        using var log = Render(promoted);

        Assert.Equal("error", FirstResult(log).GetProperty("level").GetString());
        Assert.Equal("warning", Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0]
            .GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Sarif_result_lists_related_locations_with_their_message()
    {
        var source = TestDiagnostics.LabSource();
        var diagnostic = DiagnosticFactory.DuplicateEntry(TestDiagnostics.Locate(source, "hypervisor"), "memory", "host 'kvm-01'")
            .WithRelated(new RelatedLocation(TestDiagnostics.Locate(source, "memory"), "first given here"));

        using var log = Render(diagnostic);
        var related = FirstResult(log).GetProperty("relatedLocations")[0];

        Assert.Equal("first given here", related.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(3, related.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Sarif_result_without_related_locations_omits_them()
    {
        using var log = Render(TestDiagnostics.KvmWithoutVmx());

        Assert.False(FirstResult(log).TryGetProperty("relatedLocations", out _));
    }

    [Fact]
    public void Sarif_keeps_a_relative_path_relative_to_the_source_root()
    {
        var artifact = ArtifactOf(@"infra\my lab.topo");

        Assert.Equal("infra/my%20lab.topo", artifact.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
    }

    [Fact]
    public void Sarif_writes_an_absolute_path_as_a_file_uri()
    {
        var artifact = ArtifactOf("/home/ops/네트워크#1.topo");

        Assert.Equal("file:///home/ops/%EB%84%A4%ED%8A%B8%EC%9B%8C%ED%81%AC%231.topo", artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void Sarif_writes_a_windows_drive_path_as_a_file_uri()
    {
        Assert.Equal("file:///C:/infra/lab.topo", ArtifactOf(@"C:\infra\lab.topo").GetProperty("uri").GetString());
    }

    [Fact]
    public void Sarif_log_with_no_diagnostics_has_empty_rules_and_results()
    {
        using var log = Render();

        Assert.Equal(0, Run(log).GetProperty("results").GetArrayLength());
        Assert.Equal(0, Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }
}
