using System.Net;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Addresses;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// A guest nic as libvirt sees it: the libvirt network it joins (same name as the topology's),
/// QEMU's device model, and its static address with the network's prefix and gateway, which
/// only the metadata can hold.
/// </summary>
internal sealed record NicPlan(NicModel Nic, string Model, string? Note, string? Address, int? Prefix, IPAddress? Gateway)
{
    public const string DefaultModel = "virtio";

    public string Network => Nic.Network.Value;

    /// <param name="network">The network the nic joins (its name's first declaration), if declared.</param>
    public static NicPlan For(NicModel nic, NetworkAddresses? network)
    {
        var (model, note) = DeviceModel(nic.DeviceModel);
        return new NicPlan(nic, model, note, AddressText(nic), network?.Range?.PrefixLength, network?.Gateway);
    }

    // The address as the address object writes it, without making one for a packed IPv4 address (a fleet has one per guest).
    private static string? AddressText(NicModel nic) =>
        nic.TryGetPackedIPv4(out var address) ? IpAddressBits.IPv4Text(address) : nic.Ip?.Value.Value?.ToString();

    // netfront is the Xen PV nic; QEMU's paravirtual nic is virtio-net.
    private static (string Model, string? Note) DeviceModel(NicDeviceModel? written) => written switch
    {
        null => (DefaultModel, null),
        NicDeviceModel.Netfront => (DefaultModel, "model netfront is Xen's paravirtual nic; under KVM/QEMU its counterpart is virtio"),
        { } model => (ModelWords.ToWord(model), null),
    };
}
