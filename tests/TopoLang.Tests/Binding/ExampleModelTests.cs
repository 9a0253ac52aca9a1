using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Model;
using TopoLang.Runtime;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Binding;

/// <summary>The bundled example binds clean, and its model holds what the file says, defaults included.</summary>
public sealed class ExampleModelTests
{
    private static readonly TopologyModel Model = Compile().Model;

    private static TopoCompilation Compile() =>
        TopoCompilation.FromFile(Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo"));

    [Fact]
    public void Example_has_no_diagnostics()
    {
        Assert.Empty(Compile().GetDiagnostics());
    }

    [Fact]
    public void Header_gives_the_name_and_namespace()
    {
        Assert.Equal(("datacenter", "Acme.Datacenter"), (Model.Name, Model.Namespace));
    }

    [Fact]
    public void Counts_match_the_file_and_its_import()
    {
        Assert.Equal(4, Model.Hosts.Length);
        Assert.Equal(6, Model.Networks.Length);
        Assert.Equal(3, Model.Clouds.Length);
        Assert.Equal(3, Model.Deployments.Length);
        Assert.Equal(3, Model.Providers.Count(p => p.IsBuiltIn));
        Assert.Equal(4 + 1 + 1 + 4, Model.HostedGuests.Count());
    }

    [Fact]
    public void Loop_expands_the_web_guests_with_their_interpolated_addresses()
    {
        var web = Model.FindHost("kvm-01")!.Hypervisor!.Guests.Where(g => g.Name.Value.StartsWith("web-")).ToList();

        Assert.Equal(new[] { "web-1", "web-2", "web-3" }, web.Select(g => g.Name.Value));
        Assert.Equal(new[] { "10.20.0.11", "10.20.0.12", "10.20.0.13" }, web.Select(g => g.Nics[0].Ip!.Value.Value.Text));
    }

    [Fact]
    public void Sizes_are_exact_bytes_and_threads_multiply()
    {
        var host = Model.FindHost("kvm-01")!;

        Assert.Equal(512L << 30, host.Memory!.Value.Value);
        Assert.Equal(128, host.Cpu!.LogicalThreads);
        Assert.Equal(16L << 30, host.Hypervisor!.ReservedMemory!.Value.Value);
    }

    [Fact]
    public void Defaults_are_applied_and_marked()
    {
        var kvm02 = Model.FindHost("kvm-02")!;
        var xen = Model.FindHost("xen-01")!.Hypervisor!;

        Assert.Equal(1, kvm02.Cpu!.Sockets!.Value.Value);
        Assert.True(kvm02.Cpu.Sockets.Value.IsDefault);
        Assert.Equal(Architecture.X86_64, kvm02.Arch.Value);
        Assert.Equal(0L, xen.ReservedMemory!.Value.Value);
        Assert.Equal(new[] { XenBackend.Net, XenBackend.Block }, xen.Dom0!.Backends);
        Assert.False(xen.Nested.Value);
    }

    [Fact]
    public void Xen_domains_keep_their_modes_and_backends()
    {
        var xen = Model.FindHost("xen-01")!.Hypervisor!;

        Assert.Equal(DomUMode.Hvm, xen.Guests.Single(g => g.Name.Value == "win-files").Mode!.Value.Value);
        Assert.Equal("netdd", xen.Guests.Single(g => g.Name.Value == "edge-fw").Backend!.Value.Value);
        Assert.Equal("netdd", Assert.Single(xen.DriverDomains).Name);
    }

    [Fact]
    public void A_cloud_takes_its_platform_from_its_provider()
    {
        Assert.Equal(CloudPlatform.OpenStack, Model.FindCloud("kt-d1")!.Platform!.Value.Value);
        Assert.Equal(CloudPlatform.CloudStack, Model.FindCloud("kt-g1")!.Platform!.Value.Value);
    }

    [Fact]
    public void Instances_know_their_largest_shape()
    {
        var spark = Model.FindDeployment("analytics")!.Instances.Single(i => i.Name.Value == "spark");
        var wiki = Model.FindDeployment("intranet")!.Instances.Single(i => i.Name.Value == "wiki");

        Assert.Equal((16, 64L << 30), (spark.LargestVcpus, spark.LargestMemory));
        Assert.Equal(6, wiki.LargestCount);
        Assert.Equal(300_000, wiki.ScaleOut!.CooldownMilliseconds);
    }
}
