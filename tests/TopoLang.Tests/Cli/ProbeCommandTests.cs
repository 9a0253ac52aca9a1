using TopoLang.Runtime.Probing;

namespace TopoLang.Tests.Cli;

public sealed class ProbeCommandTests : System.IDisposable
{
    private readonly CliRunner _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Probe_prints_this_machines_facts_and_exits_0()
    {
        var result = CliRunner.Run("probe");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("vmx/svm flag:", result.Out);
        Assert.Contains("/dev/kvm:", result.Out);
    }

    [Fact]
    public void A_host_far_larger_than_any_machine_does_not_fit_and_exits_1()
    {
        var path = _files.Write("big.topo", "host huge {\n  cpu intel { sockets 64; cores 128; features [vmx, ept] }\n  memory 4 PiB\n  hypervisor kvm { }\n}\n");

        var result = CliRunner.Run("probe", path, "--host", "huge");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("this machine cannot be host 'huge'", result.Out);
    }

    [Fact]
    public void A_small_emulation_host_of_this_machines_vendor_fits_and_exits_0()
    {
        var path = _files.Write("small.topo", SmallEmulationHost("256 MiB"));

        var result = CliRunner.Run("probe", path, "--host", "tiny");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("this machine can be host 'tiny'", result.Out);
    }

    [Fact]
    public void An_undeclared_host_is_a_usage_error()
    {
        var path = _files.Write("small.topo", "network lan { cidr \"10.0.0.0/24\" }\n");

        Assert.Equal(2, CliRunner.Run("probe", path, "--host", "nope").ExitCode);
    }

    [Fact]
    public void A_file_with_errors_exits_1_with_its_diagnostics_and_probes_nothing()
    {
        var path = _files.Write("broken.topo", "host h {\n  memory 8 GHz\n  hypervisor qemu { }\n}\n");

        var result = CliRunner.Run("probe", path, "--host", "h");

        Assert.Equal((1, ""), (result.ExitCode, result.Out));
        Assert.Contains("error TOPO1004", result.Error);
        Assert.Contains("this machine was not probed", result.Error);
    }

    [Fact]
    public void A_param_given_with_p_is_the_one_the_host_is_checked_with()
    {
        var path = _files.Write("sized.topo", $"param memory_size: size = 256 MiB\n{SmallEmulationHost("memory_size")}");

        var asDeclared = CliRunner.Run("probe", path, "--host", "tiny");
        var asGiven = CliRunner.Run("probe", path, "--host", "tiny", "-p", "memory_size=4 PiB");

        Assert.Equal(0, asDeclared.ExitCode);
        Assert.Equal(1, asGiven.ExitCode);
        Assert.Contains("this machine cannot be host 'tiny'", asGiven.Out);
    }

    [Fact]
    public void An_undeclared_param_is_a_usage_error_for_probe_too()
    {
        var path = _files.Write("small.topo", SmallEmulationHost("256 MiB"));

        Assert.Equal(2, CliRunner.Run("probe", path, "--host", "tiny", "-p", "nope=1").ExitCode);
    }

    [Fact]
    public void Root_lets_the_file_import_from_above_its_folder()
    {
        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(_files.Directory, "lab"));
        _files.Write("hosts.topo", SmallEmulationHost("256 MiB"));
        var path = _files.Write(System.IO.Path.Combine("lab", "lab.topo"), "import \"../hosts.topo\"\n");

        Assert.Equal(1, CliRunner.Run("probe", path, "--host", "tiny").ExitCode);
        Assert.Equal(0, CliRunner.Run("probe", path, "--host", "tiny", "--root", _files.Directory).ExitCode);
    }

    /// <summary>A host that any machine of this vendor can be, unless its memory says otherwise.</summary>
    private static string SmallEmulationHost(string memory)
    {
        var vendor = HostProbe.Probe().Vendor?.ToString().ToLowerInvariant() ?? "intel";
        return $"host tiny {{\n  cpu {vendor} {{ cores 1 }}\n  memory {memory}\n  hypervisor qemu {{ }}\n}}\n";
    }
}
