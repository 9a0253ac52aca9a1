using System.IO;
using System.Linq;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace TopoLang.Tests.Artifacts.Heat;

/// <summary>What the templates say, on a topology that takes every branch of the writer.</summary>
public sealed class HeatTemplateContentTests
{
    private const string Source = """
        network lan { cidr "10.0.0.0/24"; gateway "10.0.0.1" }
        network v6 { cidr "fd00:0000:0000:0001:0000:0000:0000:0000/64" }
        network unused { cidr "10.9.0.0/24" }
        cloud own { platform openstack; region "dc-1" }
        cloud d1 { provider kt-cloud-d1 }
        cloud g1 { provider kt-cloud-g1 }

        deployment fixed {
          cloud own
          instance web { image "ubuntu-22.04"; flavor { vcpus 2; memory 4 GiB; disk 40 GiB }; count 3; network lan }
          instance on { image "debian-12"; flavor { vcpus 1; memory 1536 MiB }; network v6 }
          instance loose { image "alpine-3.19"; flavor { vcpus 1; memory 1 GiB } }
        }

        deployment scaled {
          cloud d1
          instance wiki {
            image "ubuntu-22.04"
            flavor { vcpus 2; memory 4 GiB; disk 40 GiB }
            network lan
            scale out { min 2; max 6; cpu_above 75%; cpu_below 25%; cooldown 5 min }
          }
          instance big {
            image "ubuntu-22.04"
            flavor { vcpus 8; memory 32 GiB; disk 200 GiB }
            count 9
            network lan
            scale out { min 1; max 4; cooldown 1500 ms }
            scale up { max_vcpus 16; max_memory 64 GiB }
          }
          instance odd {
            image "ubuntu-22.04"
            flavor { vcpus 1; memory 1 GiB }
            scale out { min 5; max 5 }
          }
        }

        deployment shop {
          cloud g1
          instance s { image "rocky-9"; flavor { vcpus 1; memory 1 GiB } }
        }
        """;

    private static YamlMappingNode Template(string deployment)
    {
        var files = HeatArtifacts.FromSource(Source);
        var file = Assert.Single(files, f => f.RelativePath.EndsWith("/" + deployment + ".hot.yaml", System.StringComparison.Ordinal));
        return HeatArtifacts.Parse(file.Text);
    }

    [Fact]
    public void Only_deployments_on_OpenStack_clouds_get_a_template_whether_the_platform_is_written_or_the_providers()
    {
        Assert.Equal(
            new[] { "clouds/d1/scaled.hot.yaml", "clouds/own/fixed.hot.yaml" },
            HeatArtifacts.FromSource(Source).Select(file => file.RelativePath).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void Image_and_flavor_parameters_describe_the_shape()
    {
        var root = Template("fixed");

        Assert.Equal("ubuntu-22.04", HeatArtifacts.Scalar(root, "parameters", "web.image", "default"));
        Assert.Equal("image for instance 'web'", HeatArtifacts.Scalar(root, "parameters", "web.image", "description"));
        Assert.Equal("2vcpu-4gib-40gib", HeatArtifacts.Scalar(root, "parameters", "web.flavor", "default"));
        Assert.Equal("flavor for instance 'web': 2 vCPUs, 4 GiB memory, 40 GiB disk", HeatArtifacts.Scalar(root, "parameters", "web.flavor", "description"));
        Assert.Equal("1vcpu-1536mib", HeatArtifacts.Scalar(root, "parameters", "on.flavor", "default"));
        Assert.Equal("flavor for instance 'on': 1 vCPU, 1536 MiB memory", HeatArtifacts.Scalar(root, "parameters", "on.flavor", "description"));
    }

    [Fact]
    public void Networks_in_use_get_a_net_and_a_subnet()
    {
        var root = Template("fixed");

        Assert.Equal(new[] { "lan.net", "lan.subnet", "v6.net", "v6.subnet" }, HeatArtifacts.Keys(root, "resources").Where(k => k.EndsWith("net", System.StringComparison.Ordinal)));
        Assert.Equal("10.0.0.0/24", HeatArtifacts.Scalar(root, "resources", "lan.subnet", "properties", "cidr"));
        Assert.Equal("10.0.0.1", HeatArtifacts.Scalar(root, "resources", "lan.subnet", "properties", "gateway_ip"));
        Assert.Equal("4", HeatArtifacts.Scalar(root, "resources", "lan.subnet", "properties", "ip_version"));
        Assert.Equal("lan.net", HeatArtifacts.Scalar(root, "resources", "lan.subnet", "properties", "network", "get_resource"));
        Assert.Equal("fd00:0:0:1::/64", HeatArtifacts.Scalar(root, "resources", "v6.subnet", "properties", "cidr"));
        Assert.Equal("6", HeatArtifacts.Scalar(root, "resources", "v6.subnet", "properties", "ip_version"));
        Assert.Equal("null", HeatArtifacts.Scalar(root, "resources", "v6.subnet", "properties", "gateway_ip"));
    }

    [Fact]
    public void Fixed_instances_get_one_server_per_count_on_their_network()
    {
        var root = Template("fixed");
        var servers = HeatArtifacts.Keys(root, "resources").Where(k => HeatArtifacts.Scalar(root, "resources", k, "type") == "OS::Nova::Server");

        Assert.Equal(new[] { "web.1", "web.2", "web.3", "on", "loose" }, servers);
        Assert.Equal("web-2", HeatArtifacts.Scalar(root, "resources", "web.2", "properties", "name"));
        Assert.Equal("web.flavor", HeatArtifacts.Scalar(root, "resources", "web.2", "properties", "flavor", "get_param"));
        Assert.Equal("lan.subnet", Single(root, "web.2", "depends_on"));
        var port = ((YamlSequenceNode)HeatArtifacts.At(root, "resources", "web.2", "properties", "networks")).Single();
        Assert.Equal("lan.net", HeatArtifacts.Scalar(port, "network", "get_resource"));
        Assert.Equal(new[] { "web.1.networks", "web.2.networks", "web.3.networks", "on.networks", "loose.networks" }, HeatArtifacts.Keys(root, "outputs"));
    }

    [Fact]
    public void An_instance_without_a_network_gets_the_projects_network()
    {
        var root = Template("fixed");
        var port = ((YamlSequenceNode)HeatArtifacts.At(root, "resources", "loose", "properties", "networks")).Single();

        Assert.Equal("auto", HeatArtifacts.Scalar(port, "allocate_network"));
        Assert.DoesNotContain("depends_on", HeatArtifacts.Keys(root, "resources", "loose"));
    }

    [Fact]
    public void Scale_out_makes_a_group_starting_at_count_clamped_into_its_bounds()
    {
        var root = Template("scaled");

        Assert.Equal(("2", "6", "2", "300"), Group(root, "wiki"));
        Assert.Equal(("1", "4", "4", "2"), Group(root, "big"));
        Assert.Equal(("5", "5", "5", "300"), Group(root, "odd"));
        Assert.Equal("OS::Nova::Server", HeatArtifacts.Scalar(root, "resources", "wiki.group", "properties", "resource", "type"));
        Assert.Equal("wiki.image", HeatArtifacts.Scalar(root, "resources", "wiki.group", "properties", "resource", "properties", "image", "get_param"));
        Assert.Equal(new[] { "wiki.current_size", "big.current_size", "odd.current_size" }, HeatArtifacts.Keys(root, "outputs"));
    }

    [Fact]
    public void Scale_out_policies_add_and_remove_one_server_after_the_cooldown()
    {
        var root = Template("scaled");

        Assert.Equal("1", HeatArtifacts.Scalar(root, "resources", "wiki.scale_out", "properties", "scaling_adjustment"));
        Assert.Equal("-1", HeatArtifacts.Scalar(root, "resources", "wiki.scale_in", "properties", "scaling_adjustment"));
        Assert.Equal("change_in_capacity", HeatArtifacts.Scalar(root, "resources", "wiki.scale_in", "properties", "adjustment_type"));
        Assert.Equal("300", HeatArtifacts.Scalar(root, "resources", "wiki.scale_out", "properties", "cooldown"));
        Assert.Equal("wiki.group", HeatArtifacts.Scalar(root, "resources", "wiki.scale_out", "properties", "auto_scaling_group_id", "get_resource"));
    }

    [Fact]
    public void Cpu_alarms_compare_CPU_time_with_the_thresholds_and_signal_the_policies()
    {
        var root = Template("scaled");

        // 75% of 2 vCPUs over 300 s is 450 s of CPU time, in nanoseconds; 25% is 150 s.
        Assert.Equal("450000000000", HeatArtifacts.Scalar(root, "resources", "wiki.cpu_high", "properties", "threshold"));
        Assert.Equal("gt", HeatArtifacts.Scalar(root, "resources", "wiki.cpu_high", "properties", "comparison_operator"));
        Assert.Equal("150000000000", HeatArtifacts.Scalar(root, "resources", "wiki.cpu_low", "properties", "threshold"));
        Assert.Equal("lt", HeatArtifacts.Scalar(root, "resources", "wiki.cpu_low", "properties", "comparison_operator"));
        // Defaults 70% and 30% of 8 vCPUs.
        Assert.Equal("1680000000000", HeatArtifacts.Scalar(root, "resources", "big.cpu_high", "properties", "threshold"));
        Assert.Equal("720000000000", HeatArtifacts.Scalar(root, "resources", "big.cpu_low", "properties", "threshold"));
        var action = ((YamlSequenceNode)HeatArtifacts.At(root, "resources", "wiki.cpu_high", "properties", "alarm_actions")).Single();
        Assert.Equal("trust+url", HeatArtifacts.Scalar(action, "str_replace", "template"));
        var url = (YamlSequenceNode)HeatArtifacts.At(action, "str_replace", "params", "url", "get_attr");
        Assert.Equal(new[] { "wiki.scale_out", "signal_url" }, url.Select(node => ((YamlScalarNode)node).Value));
    }

    [Fact]
    public void Scale_up_documents_the_largest_flavor_and_resizes_in_place()
    {
        var root = Template("scaled");

        Assert.Equal("16vcpu-64gib-200gib", HeatArtifacts.Scalar(root, "parameters", "big.max_flavor", "default"));
        Assert.StartsWith("largest flavor for instance 'big' (scale up): 16 vCPUs, 64 GiB memory, 200 GiB disk.", HeatArtifacts.Scalar(root, "parameters", "big.max_flavor", "description"));
        Assert.Equal("RESIZE", HeatArtifacts.Scalar(root, "resources", "big.group", "properties", "resource", "properties", "flavor_update_policy"));
        Assert.DoesNotContain("wiki.max_flavor", HeatArtifacts.Keys(root, "parameters"));
    }

    [SkippableFact]
    public void Heat_accepts_the_templates_and_reads_the_same_names()
    {
        var files = HeatArtifacts.FromSource(Source);
        var folder = Directory.CreateTempSubdirectory("topo-heat-content-");
        try
        {
            var paths = HeatArtifacts.WriteAll(folder, files);
            var check = HeatArtifacts.RunHeatCheck(paths);
            Assert.True(check.ExitCode == 0, check.Combined);

            // A resource named `on` must stay the string "on", not YAML 1.1's true.
            var fixedPath = paths.Single(path => path.EndsWith("fixed.hot.yaml", System.StringComparison.Ordinal));
            var read = HeatArtifacts.RunPython(ReadNames, fixedPath);
            Assert.True(read.ExitCode == 0, read.Combined);
            using var json = JsonDocument.Parse(read.Out);
            var root = Template("fixed");
            Assert.Equal(HeatArtifacts.Keys(root, "resources"), json.RootElement.GetProperty("resources").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(HeatArtifacts.Keys(root, "parameters"), json.RootElement.GetProperty("parameters").EnumerateArray().Select(e => e.GetString()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private const string ReadNames = """
        import json, sys
        from oslo_config import cfg
        from heat.common import config, template_format  # config registers the options parse reads
        cfg.CONF([], project='heat', default_config_files=[])
        with open(sys.argv[1], encoding='utf-8') as f:
            t = template_format.parse(f.read())
        print(json.dumps({'resources': list(t['resources']), 'parameters': list(t['parameters'])}))
        """;

    private static string Single(YamlNode root, string resource, string key) =>
        ((YamlScalarNode)((YamlSequenceNode)HeatArtifacts.At(root, "resources", resource, key)).Single()).Value!;

    private static (string Min, string Max, string Desired, string Cooldown) Group(YamlNode root, string instance)
    {
        string Property(string name) => HeatArtifacts.Scalar(root, "resources", instance + ".group", "properties", name);
        return (Property("min_size"), Property("max_size"), Property("desired_capacity"), Property("cooldown"));
    }
}
