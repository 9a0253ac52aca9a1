using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TopoLang.Tests.PlanSimulation;

/// <summary>
/// A host as the plan's commands see it: the packages installed, its bridges, its libvirt
/// networks and domains, the disk images made, whether it has rebooted into Xen, and the Xen
/// domains running. Each tool checks its preconditions against that state and changes it.
/// </summary>
public sealed partial class SimulatedHost(string name, SimulationRun run)
{
    private readonly HashSet<string> _packages = new();
    private readonly HashSet<string> _bridges = new();
    private readonly Dictionary<string, string?> _definedNetworks = new();
    private readonly HashSet<string> _startedNetworks = new();
    private readonly HashSet<string> _definedDomains = new();
    private readonly HashSet<string> _files = new();
    private readonly HashSet<string> _xenDomains = new();
    private bool _bootOptionsWritten;
    private bool _runsXen;

    public string Name => name;

    /// <summary>A hypervisor is installed: KVM/QEMU with libvirt, or Xen.</summary>
    public bool HasHypervisor => _packages.Contains("libvirt-daemon-system") || _packages.Any(p => p.StartsWith("xen-system-", System.StringComparison.Ordinal));

    public void Run(IReadOnlyList<string> command)
    {
        run.CheckWords(command);
        switch (command[0])
        {
            case "timeout":
                Run(command.Skip(2).ToList());
                break;
            case "sh" when command.Count > 2 && command[1] == "-c":
                foreach (var inner in ShellWords.Commands(command[2], command.Skip(3).ToList()))
                {
                    Run(inner);
                }

                break;
            case "apt-get":
                _packages.UnionWith(command.Skip(2).Where(word => !word.StartsWith('-')));
                break;
            case "ip":
                Ip(command);
                break;
            case "ovs-vsctl":
                Require("openvswitch-switch", command);
                _bridges.Add(command[^1]);
                break;
            case "qemu-img":
                Require("qemu-utils", command);
                _files.Add(command[^2]);
                break;
            case "virsh":
                Require("libvirt-daemon-system", command);
                Virsh(command);
                break;
            case "update-grub":
                _bootOptionsWritten = true;
                break;
            case "systemctl" when command[1] == "reboot":
                Reboot();
                break;
            case "xl":
                Xl(command);
                break;
            case "cp":
                _files.Add(command[^1]);
                break;
            case "topo" or "mkdir" or "ln" or "printf" or "cat" or "sleep" or "uname":
                break;
            default:
                run.Violate(Rules.KnownCommand, string.Join(" ", command));
                break;
        }
    }

    private void Require(string package, IReadOnlyList<string> command)
    {
        if (!_packages.Contains(package))
        {
            run.Violate(Rules.PackageInstalled, $"{command[0]} on {name} needs {package}");
        }
    }

    private void Ip(IReadOnlyList<string> command)
    {
        if (command is [_, "link", "add", var bridge, "type", "bridge"])
        {
            _bridges.Add(bridge);
        }
        else if (command is [_, "link", "set", var up, "up"] && !_bridges.Contains(up))
        {
            run.Violate(Rules.NetworkBeforeGuest, $"ip link set {up} up: no such bridge on {name}");
        }
    }

    private void Virsh(IReadOnlyList<string> command)
    {
        switch (command[1])
        {
            case "net-define" when run.File(command[2]) is { } text:
                var network = XDocument.Parse(text).Root!;
                var bridged = network.Element("forward")?.Attribute("mode")?.Value == "bridge";
                _definedNetworks[network.Element("name")!.Value] = bridged ? network.Element("bridge")?.Attribute("name")?.Value : null;
                break;
            case "net-start":
                StartNetwork(command[2]);
                break;
            case "define" when run.File(command[2]) is { } text:
                DefineDomain(XDocument.Parse(text).Root!);
                break;
            case "start" or "autostart" when !_definedDomains.Contains(command[2]):
                run.Violate(Rules.DefinedBeforeStarted, $"virsh {command[1]} {command[2]}: not defined on {name}");
                break;
        }
    }

    private void StartNetwork(string network)
    {
        if (!_definedNetworks.TryGetValue(network, out var bridge))
        {
            run.Violate(Rules.DefinedBeforeStarted, $"virsh net-start {network}: not defined on {name}");
            return;
        }

        if (bridge is not null && !_bridges.Contains(bridge))
        {
            run.Violate(Rules.BridgeBeforeNetwork, $"network {network} joins bridge {bridge}, which {name} does not have");
        }

        _startedNetworks.Add(network);
    }

    private void DefineDomain(XElement domain)
    {
        var devices = domain.Element("devices")!;
        foreach (var source in devices.Elements("interface").Where(i => (string?)i.Attribute("type") == "network").Select(i => i.Element("source")!))
        {
            if (!_startedNetworks.Contains(source.Attribute("network")!.Value))
            {
                run.Violate(Rules.NetworkBeforeGuest, $"domain {domain.Element("name")!.Value} uses network {source.Attribute("network")!.Value}, not started on {name}");
            }
        }

        foreach (var file in devices.Elements("disk").Select(d => d.Element("source")?.Attribute("file")?.Value).OfType<string>())
        {
            if (!_files.Contains(file))
            {
                run.Violate(Rules.DiskBeforeGuest, $"domain {domain.Element("name")!.Value} uses {file}, not created on {name}");
            }
        }

        _definedDomains.Add(domain.Element("name")!.Value);
    }

    private void Reboot()
    {
        if (!_bootOptionsWritten)
        {
            run.Violate(Rules.RebootAfterBootOptions, $"{name} reboots before update-grub wrote dom0's boot options");
        }

        _runsXen = _bootOptionsWritten && _packages.Any(p => p.StartsWith("xen-system-", System.StringComparison.Ordinal));
    }

    private void Xl(IReadOnlyList<string> command)
    {
        if (!_runsXen)
        {
            run.Violate(Rules.XenAfterReboot, $"{string.Join(" ", command)} on {name}, which does not run Xen yet");
            return;
        }

        if (command[1] == "create" && run.File(command[2]) is { } config)
        {
            CreateXenDomain(config);
        }
    }

    private void CreateXenDomain(string config)
    {
        var domain = XlValue().Match(config) is { Success: true } match ? match.Groups[1].Value : "?";
        foreach (Match vif in VifSpec().Matches(config))
        {
            var spec = vif.Groups[1].Value.Split(',').Select(part => part.Trim().Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
            if (spec.TryGetValue("backend", out var backend))
            {
                if (!_xenDomains.Contains(backend))
                {
                    run.Violate(Rules.BackendBeforeDomU, $"{domain} is served by {backend}, which does not run on {name}");
                }
            }
            else if (spec.TryGetValue("bridge", out var bridge) && !_bridges.Contains(bridge.Split('.')[0]))
            {
                run.Violate(Rules.NetworkBeforeGuest, $"{domain} joins bridge {bridge}, which {name} does not have");
            }
        }

        foreach (Match boot in BootFile().Matches(config))
        {
            if (!_files.Contains(boot.Groups[1].Value))
            {
                run.Violate(Rules.KernelBeforeDomain, $"{domain} boots {boot.Groups[1].Value}, not in place on {name}");
            }
        }

        foreach (Match disk in DiskTarget().Matches(config))
        {
            if (!_files.Contains(disk.Groups[1].Value))
            {
                run.Violate(Rules.DiskBeforeGuest, $"{domain} uses {disk.Groups[1].Value}, not created on {name}");
            }
        }

        _xenDomains.Add(domain);
    }

    [GeneratedRegex("^name = \"([^\"]*)\"", RegexOptions.Multiline)]
    private static partial Regex XlValue();

    /// <summary>A `vif` entry: xl's network spec, in the list's quotes.</summary>
    [GeneratedRegex("\"(bridge=[^\"]*)\"")]
    private static partial Regex VifSpec();

    /// <summary>The kernel and initramfs a domain without disks boots from dom0.</summary>
    [GeneratedRegex("^(?:kernel|ramdisk) = \"([^\"]*)\"", RegexOptions.Multiline)]
    private static partial Regex BootFile();

    [GeneratedRegex("target=([^\",]+)")]
    private static partial Regex DiskTarget();
}
