using System;
using System.Buffers;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// The `vif=[...]` entries of a domU, in xl's network spec syntax
/// (xl-network-configuration(5)): comma-separated `key=value` pairs.
/// </summary>
public static class XlVifSpecs
{
    /// <summary>The host bridge of a network, named as on KVM hosts (at most 15 characters): its NICs join it.</summary>
    public static string Bridge(TopologyModel topology, string network) => BridgeNames.Of(topology).Of(network);

    /// <summary>The `vif = [...]` list of the domU's NICs, each spec written where it goes.</summary>
    internal static void Write(XlConfigText text, XenDomUContext domU)
    {
        var backend = domU.DriverDomainServing(XenBackend.Net);
        var bridges = BridgeNames.Of(domU.Topology);
        var nics = domU.DomU.NicList;
        Span<char> scratch = stackalloc char[IpAddressBits.MaxIPv4Length];
        text.BeginList("vif", nics.Length);
        foreach (var nic in nics)
        {
            text.BeginItem().ItemText("bridge=").ItemText(bridges.Of(nic.Network.Value));
            if (domU.Topology.FindNetwork(nic.Network.Value) is { Vlan: { } vlan } network && HostBridgeStep.NeedsOpenVSwitch(network))
            {
                // vif-openvswitch reads `bridge=BRIDGE.VLAN` and tags the port, as libvirt does on KVM.
                text.ItemText(".").ItemNumber(vlan.Value).ItemText(", script=vif-openvswitch");
            }

            if (nic.IpTextIn(scratch) is var ip && IsAddressText(ip))
            {
                text.ItemText(", ip=").ItemText(ip);
            }

            if (backend is not null)
            {
                text.ItemText(", backend=").ItemText(backend);
            }

            if (domU.Mode == DomUMode.Hvm && HvmDevice(nic.DeviceModel) is { } device)
            {
                text.ItemText(", ").ItemText(device);
            }

            text.EndItem();
        }

        text.EndList();
    }

    /// <summary>A NIC `model` that a PV or PVH domU cannot have: its NICs are always netfront.</summary>
    public static bool IgnoresModel(NicModel nic) => nic.DeviceModel is not null and not NicDeviceModel.Netfront;

    /// <summary>
    /// Under HVM, xl gives each NIC an emulated device (rtl8139 unless `model=` names another QEMU
    /// device) next to its PV one; `type=vif` keeps only the PV one. `model=` is valid for HVM only.
    /// </summary>
    private static string? HvmDevice(NicDeviceModel? model) => model switch
    {
        NicDeviceModel.E1000 => "model=e1000",
        NicDeviceModel.Virtio => "model=virtio-net-pci",
        NicDeviceModel.Netfront => "type=vif",
        _ => null,
    };

    /// <summary>
    /// An address validated by TOPO5001 holds only these characters; anything else could carry
    /// the spec's `,` or `=`, so it is left out rather than written.
    /// </summary>
    private static bool IsAddressText(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExcept(AddressChars);

    private static readonly SearchValues<char> AddressChars = SearchValues.Create("0123456789abcdefABCDEF.:");
}
