using System.Diagnostics;
using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Semantics.Capacity;
using TopoLang.Compiler.Text;
using TopoLang.Compiler.Validation.Capacity;
using TopoLang.Compiler;

namespace TopoLang.Tests.Validation.Capacity;

/// <summary>What golden files do not show: related locations, exact arithmetic at the extremes, and speed.</summary>
public sealed class CapacityRuleTests
{
    [Fact]
    public void Memory_error_relates_the_three_largest_demands_largest_first()
    {
        var diagnostic = Single("TOPO4001", """
            host x {
              cpu amd { cores 16; features [svm, npt] }
              memory 32 GiB
              hypervisor xen "4.17" {
                dom0 { vcpus 2; memory 8 GiB; backends [net, block] }
                driver_domain netdd { vcpus 1; memory 1 GiB; backends [net] }
                domu ci { os linux; vcpus 2; memory 4 GiB }
                domu build { os linux; vcpus 4; memory 16 GiB }
                domu docs { os linux; vcpus 2; memory 4 GiB }
              }
            }
            """);

        Assert.Equal(
            new[] { "domU 'build' needs 16 GiB", "dom0 needs 8 GiB", "domU 'ci' needs 4 GiB" },
            diagnostic.Related.Select(r => r.Message));
        Assert.Equal(new[] { 8, 5, 7 }, diagnostic.Related.Select(r => r.Location.Start.Line));
    }

    [Fact]
    public void Vcpu_warning_relates_the_guests_with_the_most_vcpus()
    {
        var diagnostic = Single("TOPO4002", """
            host x {
              cpu intel { cores 2; features [vmx, ept] }
              memory 64 GiB
              hypervisor kvm {
                cpu_allocation_ratio 1.0
                guest a { os linux; vcpus 1; memory 1 GiB }
                guest b { os linux; vcpus 2; memory 1 GiB }
              }
            }
            """);

        Assert.Equal(new[] { "guest 'b' needs 2 vCPUs", "guest 'a' needs 1 vCPU" }, diagnostic.Related.Select(r => r.Message));
    }

    [Fact]
    public void Guest_vcpus_warning_relates_the_host_cpu()
    {
        var diagnostic = Single("TOPO4003", """
            host x {
              cpu intel { cores 2; features [vmx, ept] }
              memory 64 GiB
              hypervisor kvm {
                guest a { os linux; vcpus 3; memory 1 GiB }
              }
            }
            """);

        var related = Assert.Single(diagnostic.Related);
        Assert.Equal(("host 'x' has 1 socket x 2 cores x 1 thread", 2), (related.Message, related.Location.Start.Line));
    }

    [Fact]
    public void Private_cloud_error_relates_the_compute_entry()
    {
        var diagnostic = Single("TOPO4004", """
            host x {
              cpu intel { cores 2; features [vmx, ept] }
              memory 4 GiB
              hypervisor kvm { }
            }
            cloud lab { platform openstack; compute [x] }
            deployment d {
              cloud lab
              instance i { image "u"; flavor { vcpus 1; memory 4 GiB; disk 1 GiB } }
            }
            """);

        var related = Assert.Single(diagnostic.Related);
        Assert.Equal(("cloud 'lab' runs its instances on these hosts", 6), (related.Message, related.Location.Start.Line));
        Assert.EndsWith("not one fits: the compute host with the most room, 'x', has 2 GiB of memory and 8 vCPUs left", diagnostic.Message);
    }

    [Fact]
    public void Compute_hosts_that_are_not_hosts_or_cannot_be_judged_are_left_out()
    {
        var diagnostics = Compile("""
            host x {
              cpu intel { cores 2; features [vmx, ept] }
              hypervisor kvm { }
            }
            cloud lab { platform openstack; compute [x, nowhere] }
            deployment d {
              cloud lab
              instance i { image "u"; flavor { vcpus 1; memory 4 GiB; disk 1 GiB } }
            }
            """);

        Assert.DoesNotContain(diagnostics, d => d.Code == "TOPO4004");
    }

    [Fact]
    public void A_byte_count_times_a_long_ratio_is_rounded_down_exactly()
    {
        // 9223372036854775807 x 1.0000000001 = 9223372037777112,9... in decimal arithmetic this
        // rounds at the 28th digit; the exact product's whole part is what a host has.
        var exact = System.Numerics.BigInteger.Parse("92233720368547758070000000000") * 10000000001 / System.Numerics.BigInteger.Pow(10, 10 + 10);

        Assert.Equal((decimal)exact, ExactMath.FloorTimes(long.MaxValue, 1.0000000001m));
        Assert.Equal(decimal.MaxValue, ExactMath.FloorTimes(decimal.MaxValue, 2m));
        Assert.Equal(1610612737m, ExactMath.FloorTimes(1073741825m, 1.5m, out var roundedDown));
        Assert.True(roundedDown);
    }

    [Fact]
    public void Sizes_beyond_a_long_stay_exact()
    {
        Assert.Equal("8192 PiB", CapacityText.Size((decimal)long.MaxValue + 1));
        Assert.Equal("32 GiB", CapacityText.Size(32m * (1L << 30)));
    }

    [Fact]
    public void Generated_topology_gives_no_capacity_diagnostic()
    {
        var diagnostics = TopoCompilation.Create(SourceText.From(TopoLang.Generator.TopologyGenerator.Generate(2_000), "bench.topo")).GetDiagnostics();

        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("TOPO4", System.StringComparison.Ordinal));
    }

    // Built in code: parsing 100,000 guests would cost seconds and measure the parser. Every
    // host is full to the byte and to the vCPU, and the cloud's instances fill what is left,
    // so every rule walks everything and reports nothing. Speed is measured by the benchmarks
    // (bench/, docs/performance.md), not here.
    [Fact]
    public void Hundred_thousand_guests_exactly_at_capacity_give_no_diagnostic()
    {
        var guests = Enumerable.Repeat(new Part(1L << 30, 2), 20).ToList();
        var hosts = Enumerable.Range(0, 5_000).Select(i => CapacityModels.HostNamed("host-" + i, 23L << 30, 2L << 30, null, 1.0m, 48, guests));
        var instances = Enumerable.Range(0, 1_000).Select(_ => new Part(1L << 30, 8));
        var model = CapacityModels.Topology(hosts, instances);

        var reported = 0;
        foreach (var rule in new TopoLang.Compiler.Validation.ITopologyRule[] { new HostMemoryFitsRule(), new HostVcpusFitRule(), new GuestVcpusWithinThreadsRule(), new PrivateCloudInstancesFitRule() })
        {
            reported += CapacityModels.Run(rule, model).Count;
        }

        Assert.Equal(0, reported);
    }

    private static Diagnostic Single(string code, string text) =>
        Assert.Single(Compile(text), d => d.Code == code);

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Compile(string text) =>
        TopoCompilation.Create(SourceText.From(text, "test.topo")).GetDiagnostics();
}
