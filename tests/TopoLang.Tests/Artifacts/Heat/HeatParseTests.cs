using System.Linq;
using YamlDotNet.RepresentationModel;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Heat;

/// <summary>Every template reads back with YamlDotNet as a HOT template of the expected shape.</summary>
public sealed class HeatParseTests
{
    private static readonly string[] KnownTypes =
    {
        "OS::Neutron::Net", "OS::Neutron::Subnet", "OS::Nova::Server", "OS::Heat::AutoScalingGroup",
        "OS::Heat::ScalingPolicy", "OS::Aodh::GnocchiAggregationByResourcesAlarm",
    };

    [Theory]
    [MemberData(nameof(HeatArtifacts.HeatTopologies), MemberType = typeof(HeatArtifacts))]
    public void Templates_read_back_with_YamlDotNet(string topology)
    {
        var files = HeatArtifacts.FromFile(topology);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.EndsWith(".hot.yaml", file.RelativePath);
            Assert.EndsWith("\n", file.Text);
            Assert.DoesNotContain("\r", file.Text);
            var root = HeatArtifacts.Parse(file.Text);

            Assert.Equal(new[] { "heat_template_version", "description", "parameters", "resources", "outputs" }, HeatArtifacts.Keys(root));
            Assert.Equal("2021-04-16", HeatArtifacts.Scalar(root, "heat_template_version"));
            foreach (var parameter in HeatArtifacts.Keys(root, "parameters"))
            {
                Assert.Equal("string", HeatArtifacts.Scalar(root, "parameters", parameter, "type"));
            }

            foreach (var resource in ((YamlMappingNode)HeatArtifacts.At(root, "resources")).Children.Values)
            {
                Assert.Contains(HeatArtifacts.Scalar(resource, "type"), KnownTypes);
            }
        }
    }

    [Fact]
    public void The_example_has_a_template_for_each_OpenStack_deployment_only()
    {
        var files = HeatArtifacts.FromFile("examples/datacenter/datacenter.topo");

        Assert.Equal(
            new[] { "clouds/acme-private/intranet.hot.yaml", "clouds/kt-d1/analytics.hot.yaml" },
            files.Select(file => file.RelativePath).Order(System.StringComparer.Ordinal));
    }
}
