using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets.Xen;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Xen;

/// <summary>What each domU's xl.cfg says, read back through xl's own parser where it can be.</summary>
public sealed class XlDomUConfigTests
{
    private const string Host = """
        network lan { cidr "10.0.1.0/24" }
        network dmz { cidr "10.0.2.0/24" }
        host xen-01 {
          cpu intel { cores 16; features [vmx, ept, vt-d] }
          memory 256 GiB
          hypervisor xen {
            nested true
            dom0 { vcpus 2; memory 1536 MiB }
            driver_domain iodd { vcpus 1; memory 1 GiB; backends [net, block] }
            domu pv-disk { os linux "debian-12"; vcpus 2; memory 2 GiB; disk root 10 GiB; disk data 1 TiB { format raw }; nic lan { ip "10.0.1.5" } }
            domu pv-bare { os linux; mode pv; vcpus 1; memory 1 GiB; nic lan { model e1000 } }
            domu bsd-bare { os bsd; vcpus 1; memory 1 GiB }
            domu pvh-bare { os linux; mode pvh; vcpus 1; memory 1 GiB }
            domu odd-memory { os linux; vcpus 1; memory 1049088 KiB }
            domu win { os windows "server-2022"; mode hvm; pv_drivers true; vcpus 4; memory 8 GiB; disk c 100 GiB
              nic lan { model e1000 }; nic dmz { model virtio }; nic lan { model netfront }; nic dmz }
            domu served { os linux; backend iodd; vcpus 1; memory 1 GiB; disk root 10 GiB; nic lan { ip "10.0.1.9" } }
            domu lab { os linux; mode hvm; vcpus 4; memory 8 GiB; disk root 20 GiB
              hypervisor kvm { guest inner { os linux; vcpus 1; memory 1 GiB } } }
            domu pv-lab { os linux; vcpus 2; memory 2 GiB; disk root 20 GiB; hypervisor xen { dom0 { vcpus 1; memory 1 GiB } } }
          }
        }
        """;

    private static readonly IReadOnlyList<GeneratedFile> Files =
        XenArtifacts.Write(XenArtifacts.Compile(Host));

    private static string Text(string domU) => XenArtifacts.Single(Files, $"hosts/xen-01/{domU}.cfg").Text;

    private static JsonElement Parsed(string domU) => XlTool.Parse(XenArtifacts.Single(Files, $"hosts/xen-01/{domU}.cfg"));

    [SkippableFact]
    public void A_driver_domain_gets_a_config_xl_reads_as_a_pv_driver_domain_booting_a_kernel()
    {
        var parsed = Parsed("iodd");

        Assert.Equal("pv", XlTool.String(parsed.GetProperty("c_info"), "type"));
        Assert.Equal("True", XlTool.String(parsed.GetProperty("c_info"), "driver_domain"));
        Assert.Equal("/var/lib/xen/boot/iodd/vmlinuz", XlTool.String(parsed.GetProperty("b_info"), "kernel"));
        Assert.Equal(1024 * 1024, parsed.GetProperty("b_info").GetProperty("max_memkb").GetInt64());
    }

    [Fact]
    public void A_nic_on_a_long_named_network_joins_the_bridge_KVM_hosts_name_for_it()
    {
        var files = XenArtifacts.Write(XenArtifacts.Compile("""
            network storage-replication { cidr "10.0.9.0/24" }
            host xen-01 {
              cpu intel { cores 8; features [vmx, ept] }
              memory 64 GiB
              hypervisor xen {
                dom0 { vcpus 2; memory 2 GiB }
                domu db { os linux; vcpus 1; memory 1 GiB; disk root 10 GiB; nic storage-replication }
              }
            }
            """));

        var vif = XenArtifacts.Single(files, "hosts/xen-01/db.cfg").Text.Split('\n').Single(line => line.StartsWith("vif = ", System.StringComparison.Ordinal));
        var bridge = vif.Split('"')[1].Split(',')[0]["bridge=".Length..];

        Assert.InRange(bridge.Length, 4, 15);
        Assert.StartsWith("br-storage-", bridge, System.StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_pv_domU_with_disks_boots_with_pygrub_from_its_images()
    {
        var parsed = Parsed("pv-disk");

        Assert.Equal("pv", XlTool.String(parsed.GetProperty("c_info"), "type"));
        Assert.Equal("pygrub", XlTool.String(parsed.GetProperty("b_info"), "bootloader"));
        Assert.Equal(2 * 1024 * 1024, parsed.GetProperty("b_info").GetProperty("max_memkb").GetInt64());
        Assert.Equal(2, parsed.GetProperty("b_info").GetProperty("max_vcpus").GetInt32());
        var disks = parsed.GetProperty("disks");
        Assert.Equal(new[] { "xvda", "xvdb" }, disks.EnumerateArray().Select(d => XlTool.String(d, "vdev")));
        Assert.Equal(new[] { "qcow2", "raw" }, disks.EnumerateArray().Select(d => XlTool.String(d, "format")));
        Assert.Equal("/var/lib/xen/images/pv-disk/data.raw", XlTool.String(disks[1], "pdev_path"));
        Assert.All(disks.EnumerateArray(), d => Assert.Equal(1, d.GetProperty("readwrite").GetInt32()));
        var nic = parsed.GetProperty("nics")[0];
        Assert.Equal("br-lan", XlTool.String(nic, "bridge"));
        Assert.Equal("10.0.1.5", XlTool.String(nic, "ip"));
        Assert.Contains("#   xvdb: disk data, 1 TiB, raw\n", Text("pv-disk"));
    }

    [SkippableFact]
    public void A_domU_without_disks_boots_a_kernel_from_dom0()
    {
        var linux = Parsed("pv-bare").GetProperty("b_info");
        var bsd = Parsed("bsd-bare").GetProperty("b_info");
        var pvh = Parsed("pvh-bare").GetProperty("b_info");

        Assert.Equal("/var/lib/xen/boot/pv-bare/vmlinuz", XlTool.String(linux, "kernel"));
        Assert.Equal("/var/lib/xen/boot/pv-bare/initrd.img", XlTool.String(linux, "ramdisk"));
        Assert.Equal("console=hvc0", XlTool.String(linux, "cmdline"));
        Assert.Equal("/var/lib/xen/boot/bsd-bare/vmlinuz", XlTool.String(bsd, "kernel"));
        Assert.Null(XlTool.String(bsd, "ramdisk"));
        Assert.Equal("/var/lib/xen/boot/pvh-bare/vmlinuz", XlTool.String(pvh, "kernel"));
    }

    [SkippableFact]
    public void A_nic_model_is_written_only_where_hvm_can_use_it()
    {
        var nics = Parsed("win").GetProperty("nics");
        var pv = Parsed("pv-bare").GetProperty("nics")[0];

        Assert.Equal("e1000", XlTool.String(nics[0], "model"));
        Assert.Equal("virtio-net-pci", XlTool.String(nics[1], "model"));
        Assert.Equal("vif", XlTool.String(nics[2], "nictype"));
        Assert.Null(XlTool.String(nics[3], "model"));
        Assert.Null(XlTool.String(pv, "model"));
        Assert.Contains("# nic lan: model e1000 is for HVM; a pv domU's NICs are netfront.\n", Text("pv-bare"));
    }

    [SkippableFact]
    public void A_windows_hvm_domU_with_pv_drivers_gets_the_platform_device_and_viridian()
    {
        var hvm = Parsed("win").GetProperty("b_info").GetProperty("type.hvm");

        Assert.Equal("True", XlTool.String(hvm, "xen_platform_pci"));
        Assert.Equal("True", XlTool.String(hvm, "viridian"));
    }

    [SkippableFact]
    public void A_driver_domain_serves_the_devices_of_the_domUs_that_name_it()
    {
        var parsed = Parsed("served");

        Assert.Equal("iodd", XlTool.String(parsed.GetProperty("disks")[0], "backend_domname"));
        Assert.Equal("iodd", XlTool.String(parsed.GetProperty("nics")[0], "backend_domname"));
        Assert.Null(XlTool.String(Parsed("pv-disk").GetProperty("disks")[0], "backend_domname"));
    }

    [SkippableFact]
    public void Nested_hvm_is_enabled_where_the_domU_runs_a_hypervisor_and_can()
    {

        Assert.Equal("True", XlTool.String(Parsed("lab").GetProperty("b_info"), "nested_hvm"));
        Assert.Contains("# Runs a nested kvm hypervisor with inner: their configurations belong inside this domU and are not written here.\n", Text("lab"));
        Assert.Null(XlTool.String(Parsed("pv-lab").GetProperty("b_info"), "nested_hvm"));
        Assert.Contains("nestedhvm applies to HVM and PVH only: not set.", Text("pv-lab"));
        Assert.DoesNotContain(Files, f => f.RelativePath.Contains("inner", System.StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Memory_that_is_not_whole_mebibytes_is_rounded_up_and_said_so()
    {

        Assert.Equal(1025 * 1024, Parsed("odd-memory").GetProperty("b_info").GetProperty("max_memkb").GetInt64());
        Assert.Contains("# memory 1049088 KiB is not a whole number of MiB, which xl takes: rounded up.\nmemory = 1025\n", Text("odd-memory"));
    }

    [Fact]
    public void The_dom0_command_line_sizes_dom0_exactly()
    {
        Assert.Equal("dom0_mem=1536M,max:1536M dom0_max_vcpus=2\n", XenArtifacts.Single(Files, "hosts/xen-01/xen-cmdline.txt").Text);
    }

    [Fact]
    public void A_xen_nested_in_a_guest_gets_no_files()
    {
        var path = Path.Combine(RepositoryPaths.TestCases, "validation", "cpu", "near-miss-nested.topo");

        var files = XenArtifacts.Write(TopoCompilation.FromFile(path).Semantics);

        Assert.Equal(new[] { "hosts/xen-01/lab.cfg", "hosts/xen-01/xen-cmdline.txt" }, files.Select(f => f.RelativePath));
    }

    [Theory]
    [InlineData(0, "xvda")]
    [InlineData(25, "xvdz")]
    [InlineData(26, "xvdaa")]
    [InlineData(701, "xvdzz")]
    [InlineData(702, "xvdaaa")]
    public void Disks_are_named_like_linux_names_them(int index, string vdev) =>
        Assert.Equal(vdev, XlDiskSpecs.VirtualDevice(index));

    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(1L, 1L)]
    [InlineData(1048576L, 1L)]
    [InlineData(1048577L, 2L)]
    [InlineData(long.MaxValue, 8796093022208L)]
    public void Mebibytes_round_up(long bytes, long mebibytes) =>
        Assert.Equal(mebibytes, XenMebibytes.RoundUp(bytes));
}
