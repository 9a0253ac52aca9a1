using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// KVM and QEMU hosts: a libvirt domain per guest and a libvirt network per network; the plan
/// installs libvirt, creates the bridges it does not make itself, defines and starts the
/// networks the guests use, creates the disks, then defines and starts the guests with `virsh`.
/// </summary>
public sealed class LibvirtTarget : ITarget
{
    public TargetKind Kind => TargetKind.Libvirt;

    public IEnumerable<TargetFile> Write(TopologySemantics semantics) => TargetFile.WithoutPlaceholders(semantics, new LibvirtDomainWriter(), new LibvirtNetworkWriter());

    public IEnumerable<TargetStep> HostSteps(TopologySemantics semantics, HostModel host)
    {
        if (host.Hypervisor is not { Kind.Value: HypervisorKind.Kvm or HypervisorKind.Qemu } hypervisor)
        {
            return Enumerable.Empty<TargetStep>();
        }

        var steps = new StepList();
        var name = host.Name.Value;
        var networks = NetworksOf(hypervisor);
        var packages = new[] { "qemu-system", "qemu-utils", "libvirt-daemon-system" }
            .Concat(HostBridgeStep.AnyNeedsOpenVSwitch(semantics.Model, networks) ? new[] { HostBridgeStep.OpenVSwitchPackage } : Array.Empty<string>());
        var install = steps.Add(PlanStepKinds.InstallHypervisor, name, [PlanStepIds.ValidateHost(name)], null,
            new[] { "apt-get", "install", "-y", "--no-install-recommends" }.Concat(packages));
        var started = AddNetworks(steps, semantics, name, networks, install);
        AddGuests(steps, name, hypervisor, install, started);
        return steps.Steps;
    }

    /// <returns>The start-network step of each network the host's guests use.</returns>
    private static Dictionary<string, string> AddNetworks(StepList steps, TopologySemantics semantics, string host, IReadOnlyList<string> networks, string install)
    {
        var started = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var network in networks)
        {
            var artifact = ArtifactPaths.LibvirtNetwork(network);
            var target = $"{host}/{network}";
            var before = install;
            if (semantics.Addresses.Find(network)?.Network is { } declared && !LibvirtNames.LibvirtCreatesBridge(declared))
            {
                // Bridged networks use a bridge that exists on the host; libvirt only attaches to it.
                before = HostBridgeStep.Add(steps, target, LibvirtNames.Bridge(semantics.Model, network), declared, install);
            }

            var create = steps.Add(PlanStepKinds.CreateNetwork, target, [before], artifact, ["virsh", "net-define", artifact]);
            started[network] = steps.Add(PlanStepKinds.StartNetwork, target, [create], null, ["virsh", "net-start", network]);
        }

        return started;
    }

    /// <summary>The networks the host's guests join, each once, in the order their nics name them.</summary>
    private static List<string> NetworksOf(HypervisorModel hypervisor)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var networks = new List<string>();
        foreach (var guest in hypervisor.Guests)
        {
            foreach (var nic in guest.NicList)
            {
                if (seen.Add(nic.Network.Value))
                {
                    networks.Add(nic.Network.Value);
                }
            }
        }

        return networks;
    }

    private static void AddGuests(StepList steps, string host, HypervisorModel hypervisor, string install, Dictionary<string, string> started)
    {
        foreach (var guest in hypervisor.Guests)
        {
            var name = guest.Name.Value;
            var artifact = ArtifactPaths.LibvirtDomain(host, name);
            var target = $"{host}/{name}";
            var needs = ImmutableArray.CreateBuilder<string>(1 + guest.NicList.Length + guest.DiskList.Length);
            needs.Add(install);
            foreach (var nic in guest.NicList)
            {
                StepList.AddOnce(needs, started[nic.Network.Value]);
            }

            foreach (var disk in guest.DiskList)
            {
                needs.Add(DiskImageStep.Add(steps, target, disk, LibvirtNames.Image(guest, disk), install));
            }

            var define = steps.Add(PlanStepKinds.DefineGuest, target, needs.DrainToImmutable(), artifact, ["virsh", "define", artifact]);
            steps.Add(PlanStepKinds.StartGuest, target, [define], null, ["virsh", "start", name]);
            if (guest.Autostart)
            {
                steps.Add(PlanStepKinds.AutostartGuest, target, [define], null, ["virsh", "autostart", name]);
            }
        }
    }
}
