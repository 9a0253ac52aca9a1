using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Binding;

public sealed class ParamTests
{
    private const string Topology =
        "param web_count: int = 2\nparam web_memory: size = 2 GiB\n" +
        "host kvm-01 {\n  cpu intel { cores 8; features [vmx, ept] }\n  memory 64 GiB\n" +
        "  hypervisor kvm { for i in 1..web_count { guest \"web-${i}\" { os linux; vcpus 1; memory web_memory } } }\n}\n";

    private static TopoCompilation Compile(string text, params (string Name, string Value)[] parameters) =>
        TopoCompilation.Create(SourceText.From(text, "lab.topo"), new TopoCompilationOptions
        {
            Parameters = parameters.ToImmutableDictionary(p => p.Name, p => p.Value),
        });

    [Fact]
    public void Defaults_apply_when_nothing_is_given()
    {
        var compilation = Compile(Topology);

        Assert.Empty(compilation.GetDiagnostics());
        Assert.Equal(new[] { "web-1", "web-2" }, compilation.Model.HostedGuests.Select(g => g.Guest.Name.Value));
    }

    [Fact]
    public void A_given_value_overrides_the_default()
    {
        var compilation = Compile(Topology, ("web_count", "4"), ("web_memory", "3 GiB"));

        Assert.Empty(compilation.UsageErrors);
        Assert.Equal(4, compilation.Model.HostedGuests.Count());
        Assert.All(compilation.Model.HostedGuests, g => Assert.Equal(3L << 30, g.Guest.Memory!.Value.Value));
    }

    [Fact]
    public void An_undeclared_param_is_a_usage_error()
    {
        var compilation = Compile(Topology, ("web_cuont", "4"));

        Assert.Equal("-p web_cuont: no param named 'web_cuont' (declared: web_count, web_memory); did you mean 'web_count'?", Assert.Single(compilation.UsageErrors));
    }

    [Theory]
    [InlineData("web_count", "four")]
    [InlineData("web_count", "1.5")]
    [InlineData("web_memory", "3 GHz")]
    [InlineData("web_memory", "1.1 B")]
    public void A_value_that_does_not_fit_the_type_is_a_usage_error(string name, string value)
    {
        var compilation = Compile(Topology, (name, value));

        Assert.Contains($"-p {name}={value}", Assert.Single(compilation.UsageErrors));
    }

    [Fact]
    public void A_param_without_default_needs_a_value()
    {
        var compilation = Compile("param region: string\n");

        Assert.Contains("param 'region' has no default", Assert.Single(compilation.UsageErrors));
    }

    [Fact]
    public void A_param_declared_twice_is_TOPO1002()
    {
        var compilation = Compile("param a: int = 1\nparam a: int = 2\n");

        Assert.Equal("TOPO1002", Assert.Single(compilation.GetDiagnostics()).Code);
    }

    [Fact]
    public void A_param_of_the_wrong_type_in_a_slot_is_TOPO1004()
    {
        var compilation = Compile("param n: string = \"x\"\nnetwork lan { cidr \"10.0.0.0/24\"; vlan n }\n");

        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal("'vlan' expects a VLAN id from 1 to 4094, found 'n' (a string param)", diagnostic.Message);
    }
}
