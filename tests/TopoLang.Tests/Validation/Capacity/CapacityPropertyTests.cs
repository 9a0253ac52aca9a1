using System.Collections.Generic;
using System.Linq;
using CsCheck;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Capacity;
using TopoLang.Compiler.Validation.Capacity;

namespace TopoLang.Tests.Validation.Capacity;

/// <summary>
/// Properties of TOPO4001/4002 over generated hosts and guest lists. Models are built in code
/// (no parsing), so each property tries hundreds of hosts in a fraction of a second.
/// </summary>
public sealed class CapacityPropertyTests
{
    private const long GiB = 1L << 30;
    private const int Iterations = 400;

    private static readonly Gen<Part> PartGen = Gen.Select(Gen.Long[1, 16 * GiB], Gen.Int[1, 16], (memory, vcpus) => new Part(memory, vcpus));

    // Ratios in hundredths, 0.01 to 4.00, so the test can compute floors with integers.
    private static readonly Gen<int?> HundredthsGen = Gen.Nullable(Gen.Int[1, 400], 0.25);

    private static readonly Gen<(Part? Dom0, List<Part> DriverDomains)> XenGen =
        Gen.Select(Gen.Bool, PartGen, PartGen.List[0, 2], (xen, dom0, domains) => xen ? ((Part?)dom0, domains) : (null, new List<Part>()));

    private static readonly Gen<HostCase> HostGen = Gen.Select(
        Gen.Long[1, 64 * GiB],
        Gen.Long[0, 4 * GiB],
        HundredthsGen,
        HundredthsGen,
        Gen.Int[1, 16],
        PartGen.List[0, 6],
        XenGen,
        (memory, reserved, ram, cpu, cores, guests, xen) => new HostCase(memory, reserved, ram, cpu, cores, guests, xen.Dom0, xen.DriverDomains));

    [Fact]
    public void Adding_a_guest_never_turns_a_memory_error_into_success()
    {
        Gen.Select(HostGen, PartGen).Sample((host, extra) =>
        {
            var before = host.Reports(new HostMemoryFitsRule());
            var after = host.With(extra).Reports(new HostMemoryFitsRule());
            Assert.True(!before || after, host.ToString());
        }, iter: Iterations);
    }

    [Fact]
    public void Reported_need_is_the_sum_of_the_parts()
    {
        HostGen.Sample(host =>
        {
            var parts = host.AllParts().ToList();
            var memory = parts.Sum(part => part.Memory);
            var vcpus = parts.Sum(part => part.Vcpus);
            var capacity = Capacity(host);

            Assert.Equal((memory, vcpus), ((long)capacity.NeededMemory, (long)capacity.NeededVcpus));
            foreach (var diagnostic in CapacityModels.Run(new HostMemoryFitsRule(), host.ToModel()))
            {
                Assert.Contains($"they need {TopoLang.Runtime.Size.FromBytes(memory)},", diagnostic.Message);
            }

            foreach (var diagnostic in CapacityModels.Run(new HostVcpusFitRule(), host.ToModel()))
            {
                Assert.Contains($"its guests need {vcpus} vCPUs,", diagnostic.Message);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Host_exactly_at_memory_capacity_passes_and_one_byte_more_fails()
    {
        HostGen.Sample(host =>
        {
            // floor((memory - reserved) x ratio), computed here with integers, independently of the rule.
            var available = host.Memory <= host.Reserved ? 0 : (host.Memory - host.Reserved) * (host.RamHundredths ?? 100) / 100;
            var room = available - host.AllParts().Sum(part => part.Memory);
            if (room < 1)
            {
                return;
            }

            Assert.False(host.With(new Part(room, 1)).Reports(new HostMemoryFitsRule()), host.ToString());
            Assert.True(host.With(new Part(room + 1, 1)).Reports(new HostMemoryFitsRule()), host.ToString());
        }, iter: Iterations);
    }

    [Fact]
    public void Host_exactly_at_vcpu_capacity_passes_and_one_vcpu_more_warns()
    {
        HostGen.Sample(host =>
        {
            var available = host.Cores * (host.CpuHundredths ?? 400) / 100;
            var room = available - host.AllParts().Sum(part => part.Vcpus);
            if (room < 1)
            {
                return;
            }

            Assert.False(host.With(new Part(1, room)).Reports(new HostVcpusFitRule()), host.ToString());
            Assert.True(host.With(new Part(1, room + 1)).Reports(new HostVcpusFitRule()), host.ToString());
        }, iter: Iterations);
    }

    private static HostCapacity Capacity(HostCase host)
    {
        var model = host.ToModel();
        return HostCapacities.Compute(model).For(model.Hosts[0])!;
    }

    /// <summary>A generated host: ratios in hundredths (null: not written), a dom0 when it runs Xen.</summary>
    public sealed record HostCase(long Memory, long Reserved, int? RamHundredths, int? CpuHundredths, int Cores, List<Part> Guests, Part? Dom0, List<Part> DriverDomains)
    {
        public HostCase With(Part guest) => this with { Guests = Guests.Append(guest).ToList() };

        public IEnumerable<Part> AllParts() => Guests.Concat(DriverDomains).Concat(Dom0 is { } dom0 ? new[] { dom0 } : new Part[0]);

        public TopologyModel ToModel() => CapacityModels.Host(Memory, Reserved, RamHundredths / 100m, CpuHundredths / 100m, Cores, Guests, Dom0, DriverDomains);

        public bool Reports(TopoLang.Compiler.Validation.ITopologyRule rule) => CapacityModels.Run(rule, ToModel()).Count > 0;

        public override string ToString() =>
            $"memory {Memory}, reserved {Reserved}, ram {RamHundredths}, cpu {CpuHundredths}, cores {Cores}, guests [{string.Join(", ", Guests)}], dom0 {Dom0}, driver domains [{string.Join(", ", DriverDomains)}]";
    }
}
