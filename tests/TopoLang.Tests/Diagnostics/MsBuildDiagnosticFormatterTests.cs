using System.IO;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Diagnostics;

public sealed class MsBuildDiagnosticFormatterTests
{
    [Fact]
    public void Msbuild_line_is_path_span_severity_code_and_message()
    {
        Assert.Equal(
            "lab.topo(4,3,4,13): error TOPO2001: host 'kvm-01' runs KVM but its intel CPU lacks 'vmx' (Intel VT-x)",
            MsBuildDiagnosticFormatter.Format(TestDiagnostics.KvmWithoutVmx()));
    }

    [Fact]
    public void Msbuild_line_spells_a_warning_as_warning()
    {
        Assert.StartsWith("lab.topo(4,3,4,13): warning TOPO2003: ", MsBuildDiagnosticFormatter.Format(TestDiagnostics.KvmWithoutEpt()));
    }

    [Fact]
    public void Msbuild_line_ends_exclusively_on_the_line_where_the_span_ends()
    {
        var source = SourceText.From("a {\n  b\n}", "dir/x.topo");
        var diagnostic = DiagnosticFactory.SyntaxError(new SourceLocation(source, new TextSpan(2, 5)), "'}'", "'b'");

        Assert.Equal("dir/x.topo(1,3,2,4): error TOPO0002: expected '}', found 'b'", MsBuildDiagnosticFormatter.Format(diagnostic));
    }

    [Fact]
    public void Msbuild_line_keeps_a_multi_line_message_on_one_line()
    {
        var diagnostic = DiagnosticFactory.LimitExceeded(TestDiagnostics.Locate(TestDiagnostics.LabSource(), "host"), "too\r\ndeep\nhere");

        Assert.EndsWith("error TOPO9001: too deep here", MsBuildDiagnosticFormatter.Format(diagnostic));
    }

    [Fact]
    public void Msbuild_renderer_prints_one_line_per_diagnostic()
    {
        var writer = new StringWriter();

        new MsBuildDiagnosticFormatter().Render(writer, new[] { TestDiagnostics.KvmWithoutVmx(), TestDiagnostics.KvmWithoutEpt() });

        Assert.Equal(
            MsBuildDiagnosticFormatter.Format(TestDiagnostics.KvmWithoutVmx()) + "\n" +
            MsBuildDiagnosticFormatter.Format(TestDiagnostics.KvmWithoutEpt()) + "\n",
            writer.ToString());
    }
}
