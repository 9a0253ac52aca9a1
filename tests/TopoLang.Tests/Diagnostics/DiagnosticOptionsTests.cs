using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Tests.Diagnostics;

public sealed class DiagnosticOptionsTests
{
    [Fact]
    public void Default_options_change_nothing()
    {
        var diagnostics = new[] { TestDiagnostics.KvmWithoutVmx(), TestDiagnostics.KvmWithoutEpt() };

        Assert.Equal(diagnostics, DiagnosticOptions.Default.Apply(diagnostics));
    }

    [Fact]
    public void Nowarn_suppresses_a_listed_warning()
    {
        var options = new DiagnosticOptions { NoWarnCodes = ImmutableHashSet.Create("TOPO2003") };

        Assert.Empty(options.Apply(new[] { TestDiagnostics.KvmWithoutEpt() }));
    }

    [Fact]
    public void Nowarn_never_suppresses_an_error()
    {
        var error = TestDiagnostics.KvmWithoutVmx();
        var options = new DiagnosticOptions { NoWarnCodes = ImmutableHashSet.Create("TOPO2001") };

        Assert.Equal(new[] { error }, options.Apply(new[] { error }));
    }

    [Fact]
    public void Warnaserror_promotes_every_warning()
    {
        var options = new DiagnosticOptions { WarningsAsErrors = true };

        var result = Assert.Single(options.Apply(new[] { TestDiagnostics.KvmWithoutEpt() }));

        Assert.Equal(DiagnosticSeverity.Error, result.Severity);
        Assert.Equal("TOPO2003", result.Code);
    }

    [Fact]
    public void Error_option_promotes_only_the_listed_codes()
    {
        var source = TestDiagnostics.LabSource();
        var listed = TestDiagnostics.KvmWithoutEpt();
        var other = DiagnosticFactory.UnknownCpuFlag(TestDiagnostics.Locate(source, "cores"), "cores", "");
        var options = new DiagnosticOptions { ErrorCodes = ImmutableHashSet.Create("TOPO2003") };

        var severities = options.Apply(new[] { listed, other }).Select(diagnostic => (diagnostic.Code, diagnostic.Severity));

        Assert.Equal(new[] { ("TOPO2003", DiagnosticSeverity.Error), ("TOPO1009", DiagnosticSeverity.Warning) }, severities);
    }

    [Fact]
    public void Option_codes_ignore_case()
    {
        var options = new DiagnosticOptions { NoWarnCodes = ImmutableHashSet.Create("topo2003") };

        Assert.Empty(options.Apply(new[] { TestDiagnostics.KvmWithoutEpt() }));
    }

    [Fact]
    public void Nowarn_wins_over_warnaserror()
    {
        var options = new DiagnosticOptions { WarningsAsErrors = true, NoWarnCodes = ImmutableHashSet.Create("TOPO2003") };

        Assert.Empty(options.Apply(new[] { TestDiagnostics.KvmWithoutEpt() }));
    }
}
