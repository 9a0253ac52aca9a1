using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// Names the libvirt files rely on but do not create, for the plan's steps: the disk images
/// (`qemu-img create`) and the host bridges of bridge and provider networks, which must exist
/// before `virsh net-start`.
/// </summary>
public static class LibvirtNames
{
    /// <summary>`/var/lib/libvirt/images/&lt;guest&gt;-&lt;disk&gt;.&lt;format&gt;`, as in the guest's domain XML.</summary>
    public static string ImagePath(GuestModel guest, DiskModel disk) => Image(guest, disk).ToString();

    internal static DiskImagePath Image(GuestModel guest, DiskModel disk) => new(DiskPlan.ImageFolder, guest.Name.Value, disk.Name.Value, DiskPlan.FormatOf(disk));

    /// <summary>The host bridge of the network, as in its network XML (`br-&lt;name&gt;`, shortened to 15 characters).</summary>
    public static string Bridge(TopologyModel topology, string network) => BridgeNames.Of(topology).Of(network);

    /// <summary>A bridge or provider network with a VLAN: its bridge must be an Open vSwitch bridge.</summary>
    public static bool NeedsOpenVSwitch(NetworkModel network) => HostBridgeStep.NeedsOpenVSwitch(network);

    /// <summary>Whether libvirt creates the network's bridge itself (nat, isolated) rather than joining the host's.</summary>
    public static bool LibvirtCreatesBridge(NetworkModel network) => network.Mode is NetworkMode.Nat or NetworkMode.Isolated;
}
