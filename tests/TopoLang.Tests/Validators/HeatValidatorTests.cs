using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Validators;

/// <summary>tests/validators/heat/heat-validate.py runs Heat's own validation offline: schema, constraints and references still count.</summary>
public sealed class HeatValidatorTests
{
    private const string Network = """
        heat_template_version: 2021-04-16
        resources:
          net:
            type: OS::Neutron::Net
          subnet:
            type: OS::Neutron::Subnet
            properties:
              network: { get_resource: net }
              cidr: CIDR

        """;

    [SkippableFact]
    public void Accepts_a_network_with_its_subnet()
    {
        var path = ValidatorFiles.Write("ok.hot.yaml", Network.Replace("CIDR", "10.0.1.0/24"));

        var result = RepositoryValidators.Heat(new[] { path });

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.StartsWith("OK ", result.Out);
    }

    [SkippableFact]
    public void Fails_on_a_bad_cidr_in_a_property_that_refers_to_another_resource()
    {
        var path = ValidatorFiles.Write("cidr.hot.yaml", Network.Replace("CIDR", "10.0.1.0/99"));

        var result = RepositoryValidators.Heat(new[] { path });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cidr", result.Out);
    }

    [SkippableFact]
    public void Fails_on_an_unknown_property()
    {
        var path = ValidatorFiles.Write("property.hot.yaml", Network.Replace("CIDR", "10.0.1.0/24") + "      colour: blue\n");

        var result = RepositoryValidators.Heat(new[] { path });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("colour", result.Out);
    }

    [SkippableFact]
    public void Validates_an_autoscaling_groups_member_as_a_resource()
    {
        var path = ValidatorFiles.Write("group.hot.yaml", """
            heat_template_version: 2021-04-16
            resources:
              group:
                type: OS::Heat::AutoScalingGroup
                properties:
                  min_size: 1
                  max_size: 2
                  resource:
                    type: OS::Nova::Server
                    properties:
                      image: ubuntu
                      flavor: small
                      no_such_property: 1

            """);

        var result = RepositoryValidators.Heat(new[] { path });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no_such_property", result.Out);
    }
}
