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
        var vendor = HostProbe.Probe().Vendor?.ToString().ToLowerInvariant() ?? "intel";
        var path = _files.Write("small.topo", $"host tiny {{\n  cpu {vendor} {{ cores 1 }}\n  memory 256 MiB\n  hypervisor qemu {{ }}\n}}\n");

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
}
