using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Linq;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>A KVM or QEMU guest on its host, with what its domain XML derives from both.</summary>
internal sealed class GuestPlacement
{
    public GuestPlacement(TopologySemantics semantics, HostModel host, HypervisorModel hypervisor, GuestModel guest)
    {
        Topology = semantics.Model;
        Host = host;
        Hypervisor = hypervisor;
        Guest = guest;
        Arch = guest.Arch?.Value ?? host.Arch.Value;
        Disks = DiskPlan.For(guest, Arch);
        Nics = NicPlans(semantics, guest);
    }

    public TopologyModel Topology { get; }

    public HostModel Host { get; }

    public HypervisorModel Hypervisor { get; }

    public GuestModel Guest { get; }

    /// <summary>The guest's arch, else the host's.</summary>
    public Architecture Arch { get; }

    public ImmutableArray<DiskPlan> Disks { get; }

    public ImmutableArray<NicPlan> Nics { get; }

    public string Name => Guest.Name.Value;

    /// <summary>KVM runs the guest on the CPU; `hypervisor qemu` emulates it (TCG).</summary>
    public bool IsAccelerated => Hypervisor.Kind.Value == HypervisorKind.Kvm;

    public string DomainType => IsAccelerated ? "kvm" : "qemu";

    public string ArchName => Arch == Architecture.Aarch64 ? "aarch64" : "x86_64";

    /// <summary>
    /// QEMU's versionless machine aliases (libvirt turns them into the newest versioned type of
    /// the installed QEMU): `q35` for x86_64, except `pc` when a disk is on IDE, which q35 has no
    /// controller for; `virt` for aarch64.
    /// </summary>
    public string Machine => Arch == Architecture.Aarch64 ? "virt" : Disks.Any(d => d.Bus == "ide") ? "pc" : "q35";

    public bool IsWindows => Guest.Os?.Value == OsFamily.Windows;

    /// <summary>Writes the guest's domain XML (<see cref="DomainXml"/>), as its file does when the build writes it.</summary>
    public void WriteDomainXml(IBufferWriter<byte> output) => DomainXml.Write(this, output);

    // The guest's own nics, each with the network its name declares: no index of every guest's nics is made for this.
    private static ImmutableArray<NicPlan> NicPlans(TopologySemantics semantics, GuestModel guest)
    {
        var nics = guest.NicList;
        var plans = new NicPlan[nics.Length];
        for (var i = 0; i < plans.Length; i++)
        {
            plans[i] = NicPlan.For(nics[i], semantics.Addresses.Find(nics[i].Network.Value));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(plans);
    }
}
