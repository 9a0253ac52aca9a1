using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Model;
using TopoLang.Runtime;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Binding;

public sealed class PreludeTests
{
    private static readonly TopologyModel Model = TopoCompilation.Create(SourceText.From("", "empty.topo")).Model;

    [Fact]
    public void Kt_cloud_d1_is_openstack_with_every_service_and_a_monthly_fee()
    {
        var d1 = Model.FindProvider("kt-cloud-d1")!;

        Assert.Equal(CloudPlatform.OpenStack, d1.Platform!.Value.Value);
        Assert.Equal(new[] { ScalingMode.Up, ScalingMode.Out }, d1.Scaling);
        Assert.Equal(7, d1.Services.Length);
        Assert.Equal(new MoneyAmount(300_000, "KRW"), d1.MonthlyFee);
    }

    [Theory]
    [InlineData("kt-cloud-g1")]
    [InlineData("kt-cloud-g2")]
    public void Kt_cloud_g_offerings_are_cloudstack_scale_out_only_without_data_services(string name)
    {
        var provider = Model.FindProvider(name)!;

        Assert.Equal(CloudPlatform.CloudStack, provider.Platform!.Value.Value);
        Assert.Equal(new[] { ScalingMode.Out }, provider.Scaling);
        Assert.Equal(new[] { "server", "high-memory-server", "infra-addons", "devops-suite" }, provider.Services);
    }

    [Fact]
    public void An_empty_topology_binds_clean_with_the_prelude()
    {
        Assert.Empty(TopoCompilation.Create(SourceText.From("", "empty.topo")).GetDiagnostics());
        Assert.All(Model.Providers, p => Assert.True(p.IsBuiltIn));
    }

    [Fact]
    public void Redeclaring_a_prelude_provider_is_TOPO1002_at_the_user_declaration()
    {
        var compilation = TopoCompilation.Create(SourceText.From("provider kt-cloud-d1 { platform openstack }\n", "lab.topo"));

        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal(("TOPO1002", "lab.topo"), (diagnostic.Code, diagnostic.Location.Path));
    }
}
