using System.Net;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// A guest nic as libvirt sees it: the libvirt network it joins (same name as the topology's),
/// QEMU's device model, and its static address with the network's prefix and gateway, which
/// only the metadata can hold.
/// </summary>
internal sealed record NicPlan(NicModel Nic, string Model, string? Note, IPAddress? Address, int? Prefix, IPAddress? Gateway)
{
    public const string DefaultModel = "virtio";

    public string Network => Nic.Network.Value;

    public static NicPlan For(NicModel nic, TopologyModel topology)
    {
        var network = topology.FindNetwork(nic.Network.Value);
        var (model, note) = DeviceModel(nic.DeviceModel);
        return new NicPlan(nic, model, note, ParseAddress(nic.Ip?.Value), PrefixOf(network), ParseAddress(network?.Gateway?.Value));
    }

    // netfront is the Xen PV nic; QEMU's paravirtual nic is virtio-net.
    private static (string Model, string? Note) DeviceModel(string? written) => written switch
    {
        null => (DefaultModel, null),
        "netfront" => (DefaultModel, "model netfront is Xen's paravirtual nic; under KVM/QEMU its counterpart is virtio"),
        _ => (written, null),
    };

    private static IPAddress? ParseAddress(string? text) =>
        text is not null && IpAddressText.TryParseAddress(text, out var address, out _) ? address : null;

    private static int? PrefixOf(NetworkModel? network) =>
        network?.Cidr is { } cidr && IpNetwork.TryParse(cidr.Value, out var range, out _) ? range.PrefixLength : null;
}
