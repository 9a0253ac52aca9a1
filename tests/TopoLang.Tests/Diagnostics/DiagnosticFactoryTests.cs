using System;
using System.Linq;
using System.Reflection;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Diagnostics;

public sealed class DiagnosticFactoryTests
{
    [Fact]
    public void Every_descriptor_has_one_factory_method_of_its_name()
    {
        var descriptors = typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => field.Name)
            .Order(StringComparer.Ordinal);
        var methods = typeof(DiagnosticFactory)
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.ReturnType == typeof(Diagnostic))
            .Select(method => method.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(descriptors, methods);
    }

    [Fact]
    public void A_factory_method_takes_the_location_first_and_no_untyped_arguments()
    {
        var methods = typeof(DiagnosticFactory).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(method => method.ReturnType == typeof(Diagnostic));

        Assert.All(methods, method =>
        {
            var parameters = method.GetParameters();
            Assert.Equal(typeof(SourceLocation), parameters[0].ParameterType);
            Assert.DoesNotContain(parameters, parameter => parameter.ParameterType == typeof(object) || parameter.ParameterType.IsArray);
        });
    }

    [Fact]
    public void Counts_are_formatted_invariantly_as_the_message_format_did()
    {
        var location = TestDiagnostics.Locate(TestDiagnostics.LabSource(), "host");

        var diagnostic = DiagnosticFactory.GuestVcpusExceedThreads(location, "guest 'build'", 12, "kvm-01", 8m, "1 socket x 8 cores x 1 thread");

        Assert.Equal("guest 'build' has 12 vCPUs but host 'kvm-01' has only 8 threads (1 socket x 8 cores x 1 thread)", diagnostic.Message);
        Assert.Equal(DiagnosticCatalog.GuestVcpusExceedThreads, diagnostic.Descriptor);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void A_pv_domU_says_when_its_mode_is_the_default()
    {
        var location = TestDiagnostics.Locate(TestDiagnostics.LabSource(), "host");

        var written = DiagnosticFactory.PvDomUUnsupportedOs(location, "w", "windows", modeIsDefault: false, "linux and bsd");
        var defaulted = DiagnosticFactory.PvDomUUnsupportedOs(location, "w", "windows", modeIsDefault: true, "linux and bsd");

        Assert.DoesNotContain("(the default)", written.Message, StringComparison.Ordinal);
        Assert.Contains("(the default)", defaulted.Message, StringComparison.Ordinal);
    }
}
