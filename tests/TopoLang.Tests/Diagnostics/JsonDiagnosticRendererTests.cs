using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Tests.Diagnostics;

public sealed class JsonDiagnosticRendererTests
{
    private static string Render(params Diagnostic[] diagnostics)
    {
        var writer = new StringWriter();
        new JsonDiagnosticRenderer().Render(writer, diagnostics);
        return writer.ToString();
    }

    [Fact]
    public void Json_renderer_prints_one_document_when_there_are_no_diagnostics()
    {
        var output = Render();

        Assert.Equal("{\"diagnostics\":[]}\n", output);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(0, document.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Json_renderer_prints_the_contract_fields_in_order_then_help_and_related()
    {
        var diagnostic = TestDiagnostics.KvmWithoutVmx();

        Assert.Equal(
            "{\"diagnostics\":[{\"code\":\"TOPO2001\",\"severity\":\"error\",\"file\":\"lab.topo\"," +
            "\"line\":4,\"column\":3,\"endLine\":4,\"endColumn\":13," +
            "\"message\":\"host 'kvm-01' runs KVM but its intel CPU lacks 'vmx' (Intel VT-x)\"," +
            "\"help\":\"" + diagnostic.Help + "\",\"related\":[]}]}\n",
            Render(diagnostic));
    }

    [Fact]
    public void Json_renderer_output_parses_back_with_related_locations()
    {
        var source = TestDiagnostics.LabSource();
        var diagnostic = DiagnosticFactory.DuplicateEntry(TestDiagnostics.Locate(source, "hypervisor"), "memory", "host 'kvm-01'")
            .WithRelated(new RelatedLocation(TestDiagnostics.Locate(source, "memory"), "first given here"));

        using var document = JsonDocument.Parse(Render(diagnostic));
        var element = document.RootElement.GetProperty("diagnostics")[0];
        var related = element.GetProperty("related")[0];

        Assert.Equal("TOPO1006", element.GetProperty("code").GetString());
        Assert.Equal(
            new[] { "file", "line", "column", "endLine", "endColumn", "message" },
            related.EnumerateObject().Select(property => property.Name));
        Assert.Equal(3, related.GetProperty("line").GetInt32());
        Assert.Equal(9, related.GetProperty("endColumn").GetInt32());
        Assert.Equal("first given here", related.GetProperty("message").GetString());
    }

    [Fact]
    public void Json_renderer_prints_a_warning_as_warning()
    {
        using var document = JsonDocument.Parse(Render(TestDiagnostics.KvmWithoutEpt()));

        Assert.Equal("warning", document.RootElement.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Json_renderer_escapes_control_characters_and_keeps_one_line()
    {
        var diagnostic = DiagnosticFactory.LimitExceeded(TestDiagnostics.Locate(TestDiagnostics.LabSource(), "host"), "a\n\"b\"\u001b");

        var output = Render(diagnostic);

        Assert.Equal(1, output.Count(c => c == '\n'));
        Assert.Contains("\"message\":\"a\\n\\\"b\\\"\\u001B\"", output);
    }

    [Fact]
    public void Json_renderer_survives_a_lone_surrogate_in_a_message()
    {
        var diagnostic = DiagnosticFactory.UnexpectedCharacter(TestDiagnostics.Locate(TestDiagnostics.LabSource(), "host"), "unexpected character '\uD800'");

        using var document = JsonDocument.Parse(Render(diagnostic));

        Assert.StartsWith("unexpected character '", document.RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
