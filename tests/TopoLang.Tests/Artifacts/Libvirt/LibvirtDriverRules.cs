using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using TopoLang.Compiler.Emit;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>
/// Rules of libvirt's real drivers that the test driver behind `virsh -c test:///default` does
/// not run, restated from their sources: the network driver's `networkValidate`
/// (src/network/bridge_driver.c) and the QEMU driver's `qemuValidateDomainDeviceDefNetwork`
/// (src/qemu/qemu_validate.c), plus Linux's limit on interface names and QEMU's machines.
/// </summary>
internal static class LibvirtDriverRules
{
    private static readonly string[] Machines = { "q35", "pc", "virt" };

    public static List<string> Problems(IReadOnlyList<GeneratedFile> files)
    {
        var problems = new List<string>();
        var networks = files.Where(f => LibvirtArtifacts.IsNetwork(f.RelativePath)).ToList();
        var networkNames = networks.Select(f => Root(f).SelectSingleNode("name")!.InnerText).ToHashSet(StringComparer.Ordinal);
        foreach (var file in networks)
        {
            problems.AddRange(Network(Root(file)).Select(p => $"{file.RelativePath}: {p}"));
        }

        var bridges = networks.Select(f => Attribute(Root(f), "bridge", "name")).ToList();
        problems.AddRange(bridges.GroupBy(b => b).Where(g => g.Count() > 1).Select(g => $"bridge {g.Key} is used by {g.Count()} networks"));
        foreach (var file in files.Where(f => !LibvirtArtifacts.IsNetwork(f.RelativePath)))
        {
            problems.AddRange(Domain(Root(file), networkNames).Select(p => $"{file.RelativePath}: {p}"));
        }

        return problems;
    }

    private static IEnumerable<string> Network(XmlElement network)
    {
        var forward = Attribute(network, "forward", "mode");
        var bridge = Attribute(network, "bridge", "name");
        if (bridge.Length is 0 or > 15)
        {
            yield return $"bridge name '{bridge}' is not a Linux interface name (1-15 characters)";
        }

        if (forward == "bridge" && network.SelectSingleNode("ip|dns|domain|mac") is { } node)
        {
            yield return $"<{node.Name}> on a network with forward mode='bridge'";
        }

        var openVSwitch = forward == "bridge" && Attribute(network, "virtualport", "type") == "openvswitch";
        if (network.SelectSingleNode("vlan") is not null && !(openVSwitch || forward is "hostdev" or "passthrough"))
        {
            yield return "<vlan> on a network whose type does not support vlan configuration";
        }

        if (forward == "nat" && network.SelectSingleNode("ip") is null)
        {
            yield return "nat forwarding without an IP address";
        }
    }

    private static IEnumerable<string> Domain(XmlElement domain, HashSet<string> networks)
    {
        foreach (XmlElement nic in domain.SelectNodes("devices/interface")!)
        {
            if (nic.SelectSingleNode("ip|route") is not null)
            {
                yield return "guest-side IP route and/or address info on an interface, not supported by QEMU";
            }

            if (!networks.Contains(Attribute(nic, "source", "network")))
            {
                yield return $"interface on network '{Attribute(nic, "source", "network")}', which has no network XML";
            }
        }

        var machine = Attribute(domain, "os/type", "machine");
        if (!Machines.Contains(machine))
        {
            yield return $"machine '{machine}' is not one of QEMU's versionless machines {string.Join(", ", Machines)}";
        }

        var buses = domain.SelectNodes("devices/disk/target/@bus")!.Cast<XmlAttribute>().Select(a => a.Value).ToList();
        if (buses.Contains("ide") && machine != "pc")
        {
            yield return $"an IDE disk on machine '{machine}', which has no IDE controller";
        }

        var targets = domain.SelectNodes("devices/disk/target/@dev")!.Cast<XmlAttribute>().Select(a => a.Value).ToList();
        if (targets.Distinct().Count() != targets.Count)
        {
            yield return "two disks share a target: " + string.Join(", ", targets);
        }

        if (domain.SelectSingleNode("memory")?.OuterXml.Replace("memory", "x") != domain.SelectSingleNode("currentMemory")?.OuterXml.Replace("currentMemory", "x"))
        {
            yield return "currentMemory differs from memory";
        }

        if (Attribute(domain, "cpu", "mode") == "custom" && domain.SelectSingleNode("cpu/model") is null)
        {
            yield return "cpu mode custom without a model";
        }
    }

    private static XmlElement Root(GeneratedFile file) => LibvirtArtifacts.Parse(file).DocumentElement!;

    private static string Attribute(XmlElement context, string path, string name) =>
        (context.SelectSingleNode(path) as XmlElement)?.GetAttribute(name) ?? string.Empty;
}
