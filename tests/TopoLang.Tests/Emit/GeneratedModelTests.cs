using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Runtime;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Emit;

/// <summary>A program reads the generated model of the example back and finds what the .topo file says.</summary>
public sealed class GeneratedModelTests
{
    private static readonly Topology Model = LoadExample();

    private static Topology LoadExample()
    {
        var path = Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo");
        var file = TopoCompilation.FromFile(path).Emit().Code;
        return GeneratedCode.Model(GeneratedCode.Load((file.RelativePath, file.Text)), "Acme.Datacenter.DatacenterTopology");
    }

    [Fact]
    public void Name_and_namespace_come_from_the_header()
    {
        Assert.Equal(("datacenter", "Acme.Datacenter"), (Model.Name, Model.Namespace));
    }

    [Fact]
    public void Hosts_carry_their_cpu_memory_and_hypervisor()
    {
        var host = Model.GetHost("kvm-01");

        Assert.Equal(128, host.Cpu.Threads);
        Assert.Equal(Size.Gibibytes(512), host.Memory);
        Assert.True(host.Cpu.HasFeature("vmx"));
        var kvm = Assert.IsType<KvmHypervisor>(host.Hypervisor);
        Assert.Equal("8.2", kvm.EmulatorVersion);
        Assert.Equal(Size.Gibibytes(16), kvm.ReservedMemory);
    }

    [Fact]
    public void Loop_guests_exist_with_their_interpolated_addresses()
    {
        var web2 = Model.FindGuest("web-2")!;

        Assert.Equal("10.20.0.12", web2.Nics.Single().Ip);
        Assert.Equal(Size.Gibibytes(8), web2.Memory);
    }

    [Fact]
    public void Xen_domains_keep_their_mode_drivers_and_backend()
    {
        var xen = Assert.IsType<XenHypervisor>(Model.GetHost("xen-01").Hypervisor);

        Assert.Equal(DomUMode.Hvm, xen.DomUs.Single(d => d.Name == "win-files").Mode);
        Assert.True(xen.DomUs.Single(d => d.Name == "win-files").PvDrivers);
        Assert.Equal("netdd", xen.DomUs.Single(d => d.Name == "edge-fw").Backend);
        Assert.Equal(Size.Gibibytes(8), xen.Dom0!.Memory);
    }

    [Fact]
    public void Clouds_deployments_and_providers_are_all_there()
    {
        Assert.Equal(3, Model.Clouds.Count);
        Assert.Equal(CloudPlatform.CloudStack, Model.GetCloud("kt-g1").Platform);
        Assert.Equal(300_000m, Model.GetProvider("kt-cloud-d1").MonthlyFee);
        var wiki = Model.GetDeployment("intranet").Instances.Single(i => i.Name == "wiki");
        Assert.Equal(6, wiki.LargestCount);
        Assert.Equal(System.TimeSpan.FromSeconds(300), wiki.ScaleOut!.Cooldown);
    }

    [Fact]
    public void Nested_guests_are_initialised_before_the_guest_that_runs_them()
    {
        var path = Path.Combine(RepositoryPaths.TestCases, "binding", "near-miss-every-entry.topo");
        var file = TopoCompilation.FromFile(path).Emit().Code;
        var model = GeneratedCode.Model(GeneratedCode.Load((file.RelativePath, file.Text)), "Acme.Every.EveryEntryTopology");

        var builder = model.FindGuest("builder")!;

        Assert.Equal("inner", builder.NestedHypervisor!.Guests.Single().Name);
    }
}
