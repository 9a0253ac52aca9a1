using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Validators;

/// <summary>tests/validators/cloudstack/cloudstack-validate.py holds every call to CloudStack's required parameters and accepted values.</summary>
public sealed class CloudStackValidatorTests
{
    [SkippableFact]
    public void Accepts_a_complete_deploy_call_in_json()
    {
        var path = ValidatorFiles.Write("ok.cloudstack.json", """{"calls":[{"api":"deployVirtualMachine","params":{"zoneid":"z","serviceofferingid":"o","templateid":"t"}}]}""");

        var result = RepositoryValidators.CloudStack(new[] { path });

        Assert.True(result.ExitCode == 0, result.Combined);
    }

    [SkippableFact]
    public void Fails_on_a_missing_required_parameter()
    {
        var path = ValidatorFiles.Write("zone.cloudstack.json", """{"calls":[{"api":"deployVirtualMachine","params":{"serviceofferingid":"o","templateid":"t"}}]}""");

        var result = RepositoryValidators.CloudStack(new[] { path });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'zoneid' is missing", result.Out);
    }

    [SkippableFact]
    public void Fails_on_an_unknown_api()
    {
        var path = ValidatorFiles.Write("unknown.cmk", "cmk deployVirtualMachines zoneid='z' serviceofferingid='o' templateid='t'\n");

        var result = RepositoryValidators.CloudStack(new[] { path });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("deployVirtualMachines", result.Out);
    }

    [SkippableFact]
    public void Fails_on_a_value_the_parameter_does_not_accept()
    {
        var path = ValidatorFiles.Write("operator.cmk", "cmk createCondition counterid='c' relationaloperator='ABOVE' threshold='70'\n");

        var result = RepositoryValidators.CloudStack(new[] { path });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ABOVE", result.Out);
    }

    [SkippableFact]
    public void Reads_a_script_with_shell_quoting()
    {
        var path = ValidatorFiles.Write("quoted.cmk", "cmk createNetwork name='a b' displaytext='it'\\''s' networkofferingid='${network-offering:nat}' zoneid='z'  # id: ${network:a}\n");

        var result = RepositoryValidators.CloudStack(new[] { path });

        Assert.True(result.ExitCode == 0, result.Combined);
    }
}
