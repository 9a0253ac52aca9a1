using System.Collections.Generic;
using System.Linq;
using System.Text;
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

    public static IReadOnlyList<string> For(XenDomUContext domU)
    {
        var backend = domU.DriverDomainServing(XenBackend.Net);
        var bridges = BridgeNames.Of(domU.Topology);
        return domU.DomU.Nics.Select(nic => Spec(nic, bridges.Of(nic.Network.Value), domU.Topology.FindNetwork(nic.Network.Value), backend, domU.Mode)).ToList();
    }

    /// <summary>Device models a NIC's `model` cannot have under this mode: PV and PVH NICs are always netfront.</summary>
    public static IEnumerable<NicModel> IgnoredModels(XenDomUContext domU) =>
        domU.Mode == DomUMode.Hvm ? Enumerable.Empty<NicModel>() : domU.DomU.Nics.Where(nic => nic.DeviceModel is not null and not NicDeviceModel.Netfront);

    private static string Spec(NicModel nic, string bridge, NetworkModel? network, string? backend, DomUMode mode)
    {
        var spec = new StringBuilder("bridge=").Append(bridge);
        if (network is { Vlan: { } vlan } && HostBridgeStep.NeedsOpenVSwitch(network))
        {
            // vif-openvswitch reads `bridge=BRIDGE.VLAN` and tags the port, as libvirt does on KVM.
            spec.Append('.').Append(vlan.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(", script=vif-openvswitch");
        }
        if (nic.IpText is { } ip && IsAddressText(ip))
        {
            spec.Append(", ip=").Append(ip);
        }

        if (backend is not null)
        {
            spec.Append(", backend=").Append(backend);
        }

        if (mode == DomUMode.Hvm && HvmDevice(nic.DeviceModel) is { } device)
        {
            spec.Append(", ").Append(device);
        }

        return spec.ToString();
    }

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
    private static bool IsAddressText(string text) =>
        text.Length > 0 && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F') or '.' or ':');
}
