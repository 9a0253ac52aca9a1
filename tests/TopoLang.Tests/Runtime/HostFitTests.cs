using TopoLang.Runtime;
using TopoLang.Runtime.Probing;
using static TopoLang.Tests.Runtime.RuntimeSamples;

namespace TopoLang.Tests.Runtime;

public sealed class HostFitTests
{
    private static readonly Size IntelMachineMemory = Size.Gibibytes(256);

    [Fact]
    public void A_machine_that_has_everything_declared_fits()
    {
        var host = Host("kvm-1", Kvm(Guest("web-1")), CpuVendor.Intel, memory: IntelMachineMemory);

        Assert.Empty(HostFit.Missing(host, Recorded("intel-vmx")));
    }

    [Fact]
    public void MemTotal_a_little_below_the_installed_memory_still_fits()
    {
        // 263,721,984 kB is 251.5 GiB: what a 256 GiB machine reports.
        var host = Host("kvm-1", Kvm(), memory: Size.Gibibytes(256));

        Assert.DoesNotContain(HostFit.Missing(host, Recorded("intel-vmx")), m => m.Contains("memory"));
    }

    [Fact]
    public void Another_cpu_vendor_is_missing()
    {
        var host = Host("kvm-1", Qemu(), CpuVendor.Intel, cores: 1, memory: Size.Gibibytes(64));

        var missing = Assert.Single(HostFit.Missing(host, Recorded("amd-svm")));
        Assert.Equal("this machine's CPU is AMD (AuthenticAMD), but host 'kvm-1' declares an Intel CPU", missing);
    }

    [Fact]
    public void Missing_vmx_is_reported_for_a_kvm_host()
    {
        var host = Host("kvm-1", Kvm(), CpuVendor.Intel, memory: Size.Gibibytes(16));
        var facts = HostProbe.FromText("processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu sse2 hypervisor\n\nprocessor\t: 1\nprocessor\t: 2\nprocessor\t: 3\n", "MemTotal: 16303104 kB\n", KvmDeviceState.Accessible);

        var missing = Assert.Single(HostFit.Missing(host, facts));
        Assert.Equal("this machine's CPU lacks 'vmx' (Intel VT-x), which KVM needs", missing);
    }

    [Fact]
    public void Missing_svm_and_a_working_kvm_device_are_reported_as_they_are()
    {
        // Like a cloud VM: /dev/kvm opens, yet /proc/cpuinfo shows no svm. Neither fact hides the other.
        var host = Host("kvm-1", Kvm(), CpuVendor.Amd, cores: 1, threads: 2, memory: Size.Gibibytes(24));

        var missing = Assert.Single(HostFit.Missing(host, Recorded("vm-no-virt", KvmDeviceState.Accessible)));
        Assert.Equal("this machine's CPU lacks 'svm' (AMD-V), which KVM needs", missing);
    }

    [Fact]
    public void The_vmx_flag_does_not_excuse_a_missing_kvm_device()
    {
        var host = Host("kvm-1", Kvm(), memory: IntelMachineMemory);

        var missing = Assert.Single(HostFit.Missing(host, Recorded("intel-vmx", KvmDeviceState.Missing)));
        Assert.Equal("this machine has no /dev/kvm, which KVM needs", missing);
    }

    [Fact]
    public void A_kvm_device_this_user_cannot_open_is_missing()
    {
        var host = Host("kvm-1", Kvm(), memory: IntelMachineMemory);

        var missing = Assert.Single(HostFit.Missing(host, Recorded("intel-vmx", KvmDeviceState.PresentNotAccessible)));
        Assert.Equal("this machine's /dev/kvm cannot be opened read-write by this user, which KVM needs", missing);
    }

    [Fact]
    public void Xen_with_hvm_or_pvh_domus_needs_the_virtualization_flag()
    {
        var host = Host("xen-1", Xen(DomU("linux-1", DomUMode.Pv), DomU("win-1", DomUMode.Hvm), DomU("bsd-1", DomUMode.Pvh)), CpuVendor.Amd, cores: 1, memory: Size.Gibibytes(24));

        var missing = Assert.Single(HostFit.Missing(host, Recorded("vm-no-virt", KvmDeviceState.Missing)));
        Assert.Equal("this machine's CPU lacks 'svm' (AMD-V), which Xen needs for its HVM and PVH domUs ('win-1', 'bsd-1')", missing);
    }

    [Fact]
    public void Xen_with_only_pv_domus_needs_neither_the_virtualization_flag_nor_a_kvm_device()
    {
        var host = Host("xen-1", Xen(DomU("linux-1", DomUMode.Pv)), CpuVendor.Amd, cores: 1, memory: Size.Gibibytes(24));

        Assert.Empty(HostFit.Missing(host, Recorded("vm-no-virt", KvmDeviceState.Missing)));
    }

    [Fact]
    public void Qemu_emulation_needs_neither_the_virtualization_flag_nor_a_kvm_device()
    {
        var host = Host("emu-1", Qemu(Guest("arm-1")), CpuVendor.Amd, cores: 1, memory: Size.Gibibytes(24));

        Assert.Empty(HostFit.Missing(host, Recorded("vm-no-virt", KvmDeviceState.Missing)));
    }

    [Fact]
    public void Fewer_logical_cpus_than_declared_threads_are_missing()
    {
        var host = Host("kvm-1", Qemu(), CpuVendor.Amd, sockets: 2, cores: 16, threads: 2, memory: Size.Gibibytes(64));

        var missing = Assert.Single(HostFit.Missing(host, Recorded("amd-svm")));
        Assert.Equal("this machine has 2 logical CPUs, fewer than the 64 threads declared for host 'kvm-1' (2 sockets × 16 cores × 2 threads)", missing);
    }

    [Fact]
    public void Less_memory_than_declared_is_missing()
    {
        var host = Host("kvm-1", Qemu(), CpuVendor.Amd, cores: 1, memory: Size.Gibibytes(128));

        var missing = Assert.Single(HostFit.Missing(host, Recorded("amd-svm")));
        Assert.Equal("this machine has 62.8 GiB of memory (MemTotal), less than the 128 GiB declared for host 'kvm-1'", missing);
    }

    [Fact]
    public void Another_architecture_is_missing_and_x86_checks_are_skipped()
    {
        var host = Host("kvm-1", Kvm(), CpuVendor.Intel, memory: Size.Gibibytes(16));

        var missing = Assert.Single(HostFit.Missing(host, Recorded("aarch64")));
        Assert.Equal("this machine is aarch64, but host 'kvm-1' is declared x86_64", missing);
    }

    [Fact]
    public void An_aarch64_kvm_host_fits_an_aarch64_machine_without_vmx_or_svm()
    {
        var host = Host("arm-1", Kvm(), arch: Architecture.Aarch64, memory: Size.Gibibytes(16));

        Assert.Empty(HostFit.Missing(host, Recorded("aarch64")));
    }

    [Fact]
    public void Every_lack_is_reported_not_only_the_first()
    {
        var host = Host("kvm-1", Kvm(), CpuVendor.Intel, sockets: 2, cores: 8, memory: Size.Gibibytes(512));

        var missing = HostFit.Missing(host, Recorded("vm-no-virt", KvmDeviceState.Missing));

        Assert.Collection(
            missing,
            m => Assert.StartsWith("this machine's CPU is AMD", m),
            m => Assert.StartsWith("this machine's CPU lacks 'vmx'", m),
            m => Assert.StartsWith("this machine has 2 logical CPUs", m),
            m => Assert.StartsWith("this machine has no /dev/kvm", m),
            m => Assert.StartsWith("this machine has 23.5 GiB of memory", m));
    }

    [Fact]
    public void Unknown_facts_are_reported_as_unknown()
    {
        var host = Host("kvm-1", Qemu());

        var missing = HostFit.Missing(host, HostProbe.FromText("", "", KvmDeviceState.Missing));

        Assert.Collection(
            missing,
            m => Assert.Equal("this machine's CPU is unknown (/proc/cpuinfo lists no processor), so its vendor, flags and logical CPUs cannot be compared with host 'kvm-1'", m),
            m => Assert.Equal("this machine's memory is unknown (/proc/meminfo has no MemTotal), but host 'kvm-1' declares 16 GiB", m));
    }

    [Fact]
    public void Nested_hypervisors_inside_guests_are_not_checked()
    {
        var nested = Kvm(Guest("inner-1"));
        var host = Host("emu-1", Qemu(Guest("outer-1", nested)), CpuVendor.Amd, cores: 1, memory: Size.Gibibytes(24));

        Assert.Empty(HostFit.Missing(host, Recorded("vm-no-virt", KvmDeviceState.Missing)));
    }
}
