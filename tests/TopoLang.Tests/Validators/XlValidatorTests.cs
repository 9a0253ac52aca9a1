using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Validators;

/// <summary>tests/validators/xen/xl-validate.sh runs xl's parser: it accepts what xl accepts and fails on xl's errors and warnings.</summary>
public sealed class XlValidatorTests
{
    [SkippableFact]
    public void Accepts_a_minimal_pv_domain()
    {
        var path = ValidatorFiles.Write("pv.cfg", "name = \"pv\"\ntype = \"pv\"\nkernel = \"/boot/vmlinuz\"\nmemory = 512\nvcpus = 2\n");

        var result = RepositoryValidators.Xl(new[] { path });

        Assert.True(result.ExitCode == 0, result.Combined);
    }

    [SkippableFact]
    public void Fails_on_a_warning_that_xl_exits_zero_for()
    {
        var path = ValidatorFiles.Write("mac.cfg", "name = \"hvm\"\ntype = \"hvm\"\nmemory = 1024\nvif = [ \"bridge=br0,mac=not-a-mac\" ]\n");

        var result = RepositoryValidators.Xl(new[] { path });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("mac", result.Out);
    }

    [SkippableFact]
    public void Fails_on_an_unknown_guest_type()
    {
        var path = ValidatorFiles.Write("type.cfg", "name = \"x\"\ntype = \"hvmx\"\nmemory = 512\n");

        var result = RepositoryValidators.Xl(new[] { path });

        Assert.Equal(1, result.ExitCode);
    }

    [SkippableFact]
    public void Json_shows_the_configuration_xl_built()
    {
        var path = ValidatorFiles.Write("json.cfg", "name = \"j\"\ntype = \"pvh\"\nkernel = \"/boot/vmlinuz\"\nmemory = 768\nvcpus = 3\n");

        var result = RepositoryValidators.XlJson(path);

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Contains("\"max_memkb\": 786432", result.Out);
        Assert.Contains("\"max_vcpus\": 3", result.Out);
    }
}
