using System;
using System.IO;
using System.Linq;
using TopoLang.Runtime;
using TopoLang.Runtime.Probing;
using static TopoLang.Tests.Runtime.RuntimeSamples;

namespace TopoLang.Tests.Runtime;

public sealed class HostProbeTests
{
    [Fact]
    public void Intel_cpuinfo_gives_vendor_model_and_flags_of_the_first_processor()
    {
        var facts = Recorded("intel-vmx");

        Assert.Equal(CpuVendor.Intel, facts.Vendor);
        Assert.Equal("GenuineIntel", facts.VendorId);
        Assert.Equal("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", facts.ModelName);
        Assert.Equal(Architecture.X86_64, facts.Arch);
        Assert.Equal("fpu", facts.Flags[0]);
        Assert.Contains("vmx", facts.Flags);
        Assert.Contains("ept", facts.Flags);
    }

    [Fact]
    public void Intel_cpuinfo_with_vmx_has_the_hardware_virtualization_flag_and_does_not_look_virtualized()
    {
        var facts = Recorded("intel-vmx");

        Assert.True(facts.HasHardwareVirtualizationFlag);
        Assert.False(facts.LooksVirtualized);
    }

    [Fact]
    public void The_vmx_flags_line_is_not_read_as_the_flags_line()
    {
        var facts = Recorded("intel-vmx");

        Assert.DoesNotContain("preemption_timer", facts.Flags);
    }

    [Fact]
    public void Logical_cpus_are_the_processor_lines()
    {
        Assert.Equal(4, Recorded("intel-vmx").LogicalCpus);
        Assert.Equal(2, Recorded("amd-svm").LogicalCpus);
        Assert.Equal(4, Recorded("aarch64").LogicalCpus);
    }

    [Fact]
    public void MemTotal_is_read_in_kibibytes()
    {
        Assert.Equal(Size.Kibibytes(263_721_984), Recorded("intel-vmx").Memory);
        Assert.Equal(Size.Kibibytes(24_684_084), Recorded("vm-no-virt").Memory);
    }

    [Fact]
    public void Amd_cpuinfo_with_svm_has_the_hardware_virtualization_flag()
    {
        var facts = Recorded("amd-svm");

        Assert.Equal(CpuVendor.Amd, facts.Vendor);
        Assert.Equal("AMD EPYC 7763 64-Core Processor", facts.ModelName);
        Assert.True(facts.HasFlag("svm"));
        Assert.True(facts.HasHardwareVirtualizationFlag);
    }

    [Fact]
    public void A_vm_without_vmx_or_svm_but_with_the_hypervisor_flag_looks_virtualized()
    {
        var facts = Recorded("vm-no-virt");

        Assert.Equal(CpuVendor.Amd, facts.Vendor);
        Assert.False(facts.HasHardwareVirtualizationFlag);
        Assert.True(facts.LooksVirtualized);
    }

    [Fact]
    public void The_kvm_device_state_is_kept_as_given_whatever_the_flags_say()
    {
        var facts = Recorded("vm-no-virt", KvmDeviceState.Accessible);

        Assert.Equal(KvmDeviceState.Accessible, facts.KvmDevice);
        Assert.False(facts.HasHardwareVirtualizationFlag);
    }

    [Fact]
    public void Aarch64_cpuinfo_has_no_vendor_and_its_features_are_the_flags()
    {
        var facts = Recorded("aarch64");

        Assert.Equal(Architecture.Aarch64, facts.Arch);
        Assert.Null(facts.Vendor);
        Assert.Null(facts.VendorId);
        Assert.Null(facts.ModelName);
        Assert.Equal(["fp", "asimd", "evtstrm"], facts.Flags.Take(3));
        Assert.False(facts.HasHardwareVirtualizationFlag);
    }

    [Fact]
    public void Empty_texts_give_unknown_facts()
    {
        var facts = HostProbe.FromText("", "", KvmDeviceState.Missing);

        Assert.Null(facts.Vendor);
        Assert.Null(facts.Arch);
        Assert.Null(facts.ModelName);
        Assert.Empty(facts.Flags);
        Assert.Equal(0, facts.LogicalCpus);
        Assert.False(facts.CpuKnown);
        Assert.Null(facts.Memory);
    }

    [Fact]
    public void Windows_line_endings_are_read_like_unix_ones()
    {
        var facts = HostProbe.FromText(
            "processor\t: 0\r\nvendor_id\t: GenuineIntel\r\nflags\t\t: fpu vmx\r\n",
            "MemTotal:        1024 kB\r\n",
            KvmDeviceState.Accessible);

        Assert.Equal(CpuVendor.Intel, facts.Vendor);
        Assert.Equal(["fpu", "vmx"], facts.Flags);
        Assert.Equal(Size.Mebibytes(1), facts.Memory);
    }

    [Fact]
    public void An_unknown_vendor_id_is_kept_but_is_no_vendor()
    {
        var facts = HostProbe.FromText("processor\t: 0\nvendor_id\t: HygonGenuine\nflags\t\t: fpu svm\n", "", KvmDeviceState.Missing);

        Assert.Null(facts.Vendor);
        Assert.Equal("HygonGenuine", facts.VendorId);
        Assert.Equal(Architecture.X86_64, facts.Arch);
    }

    [Fact]
    public void Probing_missing_files_gives_unknown_facts_without_throwing()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "topolang-no-such-dir-" + Guid.NewGuid().ToString("N"));

        var facts = HostProbe.Probe(Path.Combine(nowhere, "cpuinfo"), Path.Combine(nowhere, "meminfo"), Path.Combine(nowhere, "kvm"));

        Assert.Equal(0, facts.LogicalCpus);
        Assert.Null(facts.Memory);
        Assert.Equal(KvmDeviceState.Missing, facts.KvmDevice);
    }

    [Fact]
    public void Probing_recorded_files_reads_them_like_the_texts()
    {
        var facts = HostProbe.Probe(
            Path.Combine(ProbeFolder, "amd-svm.cpuinfo"),
            Path.Combine(ProbeFolder, "amd-svm.meminfo"),
            Path.Combine(ProbeFolder, "amd-svm.meminfo"));

        Assert.Equal(CpuVendor.Amd, facts.Vendor);
        Assert.Equal(Size.Kibibytes(65_843_012), facts.Memory);
    }

    [Fact]
    public void A_device_that_opens_read_write_is_accessible()
    {
        var path = Path.GetTempFileName();
        try
        {
            Assert.Equal(KvmDeviceState.Accessible, HostProbe.ProbeKvm(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_device_that_exists_but_does_not_open_read_write_is_present_not_accessible()
    {
        // A directory exists but cannot be opened as a file, whoever runs the test (even root).
        var path = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "topolang-kvm-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            Assert.Equal(KvmDeviceState.PresentNotAccessible, HostProbe.ProbeKvm(path));
        }
        finally
        {
            Directory.Delete(path);
        }
    }

    [Fact]
    public void Probing_this_machine_never_throws()
    {
        var facts = HostProbe.Probe();

        Assert.NotNull(facts.Flags);
        Assert.True(facts.LogicalCpus >= 0);
    }
}
