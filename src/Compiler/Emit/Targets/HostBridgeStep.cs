using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// The bridge a host's guests join for a network, made before they start: an Open vSwitch bridge
/// where the network carries a VLAN on a bridge or provider network (OVS tags each guest's port),
/// else a Linux bridge. Both commands may run twice.
/// </summary>
internal static class HostBridgeStep
{
    public const string OpenVSwitchPackage = "openvswitch-switch";

    /// <summary>A bridge or provider network with a VLAN: its bridge must be an Open vSwitch bridge.</summary>
    public static bool NeedsOpenVSwitch(NetworkModel network) =>
        network.Mode is NetworkMode.Bridge or NetworkMode.Provider && network.Vlan is not null;

    /// <summary>Whether any of these networks needs Open vSwitch on the host, so that its install step installs it.</summary>
    public static bool AnyNeedsOpenVSwitch(TopologyModel topology, IEnumerable<string> networks) =>
        networks.Select(topology.FindNetwork).Any(network => network is not null && NeedsOpenVSwitch(network));

    /// <summary>Bridge names are made of names, safe in a shell word.</summary>
    public static string Add(StepList steps, string target, string bridge, NetworkModel? network, string after) =>
        steps.Add(PlanStepKinds.CreateBridge, target, [after], null, network is not null && NeedsOpenVSwitch(network)
            ? new[] { "ovs-vsctl", "--may-exist", "add-br", bridge }
            : new[] { "sh", "-c", $"ip link show {bridge} >/dev/null 2>&1 || ip link add {bridge} type bridge; ip link set {bridge} up" });
}
