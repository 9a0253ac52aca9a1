using System;
using System.Collections.Generic;
using TopoLang.Runtime;
using static TopoLang.Tests.Runtime.RuntimeSamples;

namespace TopoLang.Tests.Runtime;

public sealed class ModelTests
{
    [Fact]
    public void Threads_are_sockets_times_cores_times_threads_per_core()
    {
        Assert.Equal(64, new Cpu(CpuVendor.Intel, "Xeon Gold 6338", 2, 16, 2, []).Threads);
    }

    [Fact]
    public void Threads_saturate_instead_of_overflowing()
    {
        Assert.Equal(int.MaxValue, new Cpu(CpuVendor.Amd, null, 1_000_000, 1_000_000, 2, []).Threads);
    }

    [Fact]
    public void A_declared_feature_is_found_ordinally()
    {
        var cpu = new Cpu(CpuVendor.Intel, null, 1, 4, 1, ["vmx", "ept"]);

        Assert.True(cpu.HasFeature("ept"));
        Assert.False(cpu.HasFeature("EPT"));
        Assert.False(cpu.HasFeature("svm"));
    }

    [Fact]
    public void The_largest_count_is_the_scale_out_maximum_when_larger()
    {
        var flavor = new Flavor(2, Size.Gibibytes(4), null);
        var scaleOut = new ScaleOutPolicy(1, 6, 70m, 30m, TimeSpan.FromSeconds(300));

        Assert.Equal(6, new Instance("web", "ubuntu-22.04", flavor, 2, null, scaleOut, null).LargestCount);
        Assert.Equal(8, new Instance("web", "ubuntu-22.04", flavor, 8, null, scaleOut, null).LargestCount);
        Assert.Equal(3, new Instance("web", "ubuntu-22.04", flavor, 3, null, null, null).LargestCount);
    }

    [Fact]
    public void The_largest_shape_is_the_scale_up_maximum_where_given()
    {
        var flavor = new Flavor(2, Size.Gibibytes(4), null);
        var instance = new Instance("db", "ubuntu-22.04", flavor, 1, null, null, new ScaleUpPolicy(8, null));

        Assert.Equal(8, instance.LargestVcpus);
        Assert.Equal(Size.Gibibytes(4), instance.LargestMemory);
    }

    [Fact]
    public void Xen_guests_are_its_domus()
    {
        var xen = Xen(RuntimeSamples.DomU("a", DomUMode.Pv), RuntimeSamples.DomU("b", DomUMode.Hvm));

        Assert.Same(xen.DomUs, xen.Guests);
        Assert.Equal(HypervisorKind.Xen, xen.Kind);
        Assert.Equal(2, xen.Dom0?.Vcpus);
    }

    [Fact]
    public void A_domu_has_no_cpu_mode()
    {
        Assert.Null(RuntimeSamples.DomU("a", DomUMode.Hvm).CpuMode);
    }

    [Fact]
    public void Pv_domus_alone_need_no_hardware_virtualization()
    {
        Assert.False(RuntimeSamples.DomU("a", DomUMode.Pv).NeedsHardwareVirtualization);
        Assert.True(RuntimeSamples.DomU("b", DomUMode.Pvh).NeedsHardwareVirtualization);
        Assert.True(RuntimeSamples.DomU("c", DomUMode.Hvm).NeedsHardwareVirtualization);
    }

    [Fact]
    public void Qemu_has_no_nesting_and_no_ratios()
    {
        var qemu = Qemu();

        Assert.Equal(HypervisorKind.Qemu, qemu.Kind);
        Assert.False(qemu.Nested);
        Assert.Null(qemu.CpuAllocationRatio);
        Assert.Equal("tcg", qemu.Accelerator);
    }

    [Fact]
    public void A_null_name_is_an_argument_null_exception()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new Network(null!, new Cidr("10.0.0.0/8"), null, null, NetworkMode.Nat));

        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void A_null_item_in_a_list_is_an_argument_exception()
    {
        var error = Assert.Throws<ArgumentException>(() => new Deployment("d", "c", ["server", null!], []));

        Assert.Equal("uses", error.ParamName);
    }

    [Fact]
    public void A_negative_count_is_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Flavor(-1, Size.Gibibytes(1), null));
    }

    [Fact]
    public void A_provider_says_what_it_offers()
    {
        var g1 = new Provider("kt-cloud-g1", CloudPlatform.CloudStack, [ScalingMode.Out], ["server", "devops-suite"], null, null);

        Assert.True(g1.CanScale(ScalingMode.Out));
        Assert.False(g1.CanScale(ScalingMode.Up));
        Assert.True(g1.Offers("devops-suite"));
        Assert.False(g1.Offers("data-lake"));
    }

    [Fact]
    public void A_guest_copies_its_disks()
    {
        var disks = new List<Disk> { new("root", Size.Gibibytes(20), DiskBus.Virtio, DiskFormat.Qcow2) };
        var guest = new Guest("g", OsFamily.Linux, null, Architecture.X86_64, 1, Size.Gibibytes(1), disks, [new Nic("lan", "10.0.1.10", NicDeviceModel.Virtio)], true, null, null);

        disks.Clear();

        Assert.Equal("root", Assert.Single(guest.Disks).Name);
        Assert.Equal("lan", Assert.Single(guest.Nics).Network);
    }

    [Fact]
    public void A_guest_keeps_a_list_handed_over_as_it_is()
    {
        var disks = ReadOnly.HandOver(new[] { new Disk("root", Size.Gibibytes(20), DiskBus.Virtio, DiskFormat.Qcow2) });

        var guest = new Guest("g", OsFamily.Linux, null, Architecture.X86_64, 1, Size.Gibibytes(1), disks, [], true, null, null);

        Assert.Same(disks, guest.Disks);
    }

    [Fact]
    public void A_guest_copies_an_array_it_is_given()
    {
        var disks = new[] { new Disk("root", Size.Gibibytes(20), DiskBus.Virtio, DiskFormat.Qcow2) };
        var guest = new Guest("g", OsFamily.Linux, null, Architecture.X86_64, 1, Size.Gibibytes(1), disks, [], true, null, null);

        disks[0] = new Disk("other", Size.Gibibytes(1), DiskBus.Virtio, DiskFormat.Qcow2);

        Assert.Equal("root", Assert.Single(guest.Disks).Name);
    }
}
