using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// Xen hosts: an xl.cfg per domU and per driver domain, and dom0's boot options. The plan
/// installs Xen (and Open vSwitch where a network needs it), writes dom0's GRUB line, reboots
/// into Xen and waits until dom0 answers; then it makes the bridges dom0 serves, starts the
/// driver domains, puts the kernels of the domains without disks in place, creates the disks and
/// starts each domU with `xl create`, each after what it uses.
/// </summary>
public sealed class XenTarget : ITarget
{
    /// <summary>How long the wait-for-dom0 step waits for the host to come back under Xen.</summary>
    private const int RebootTimeoutSeconds = 1800;

    public TargetKind Kind => TargetKind.Xen;

    public IEnumerable<TargetFile> Write(TopologySemantics semantics) => TargetFile.WithoutPlaceholders(semantics, new XlConfigWriter(), new XenCommandLineWriter());

    public IEnumerable<TargetStep> HostSteps(TopologySemantics semantics, HostModel host)
    {
        if (host.Hypervisor is not { Kind.Value: HypervisorKind.Xen } hypervisor)
        {
            return Enumerable.Empty<TargetStep>();
        }

        var steps = new StepList();
        var name = host.Name.Value;
        var domUs = XenHosts.DomUsOf(semantics.Model, host, hypervisor).ToList();
        var dom0Networks = domUs.Where(domU => domU.DriverDomainServing(XenBackend.Net) is null)
            .SelectMany(domU => domU.DomU.Nics).Select(nic => nic.Network.Value).Distinct(StringComparer.Ordinal).ToList();
        var install = Install(steps, semantics.Model, host, domUs);
        var dom0 = BootIntoXen(steps, name, install);
        var bridges = dom0Networks.ToDictionary(network => network, network => HostBridgeStep.Add(steps, $"{name}/{network}", XlVifSpecs.Bridge(semantics.Model, network),
            semantics.Model.FindNetwork(network), dom0), StringComparer.Ordinal);
        var driverDomains = hypervisor.DriverDomains.ToDictionary(domain => domain.Name, domain =>
            steps.Add(PlanStepKinds.CreateDriverDomain, $"{name}/{domain.Name}", [XenKernelStep.Add(steps, name, domain.Name, OsFamily.Linux, dom0)],
                ArtifactPaths.XlConfig(name, domain.Name), new[] { "xl", "create", ArtifactPaths.XlConfig(name, domain.Name) }), StringComparer.Ordinal);
        foreach (var domU in domUs)
        {
            var booted = XlBoot.BootsKernelFromDom0(domU) ? XenKernelStep.Add(steps, name, domU.Name, domU.Os, dom0) : dom0;
            AddDomU(steps, domU, install, booted, bridges, driverDomains);
        }

        return steps.Steps;
    }

    /// <summary>Xen, qemu-img for the disks, Open vSwitch where a bridge of dom0's needs it.</summary>
    private static string Install(StepList steps, TopologyModel topology, HostModel host, IReadOnlyList<XenDomUContext> domUs)
    {
        var name = host.Name.Value;
        var networks = domUs.SelectMany(domU => domU.DomU.Nics).Select(nic => nic.Network.Value);
        var packages = new[] { host.Arch.Value == Architecture.Aarch64 ? "xen-system-arm64" : "xen-system-amd64", "qemu-utils" }
            .Concat(HostBridgeStep.AnyNeedsOpenVSwitch(topology, networks) ? new[] { HostBridgeStep.OpenVSwitchPackage } : Array.Empty<string>());
        return steps.Add(PlanStepKinds.InstallHypervisor, name, [PlanStepIds.ValidateHost(name)], null, ["apt-get", "install", "-y", .. packages]);
    }

    /// <summary>
    /// dom0's boot options take effect at the next boot, and `xl` answers only under Xen: the
    /// host reboots into Xen, and every later step waits until `xl info` answers.
    /// </summary>
    /// <returns>The wait-for-dom0 step, after which dom0 runs Xen.</returns>
    private static string BootIntoXen(StepList steps, string host, string install)
    {
        var cmdline = ArtifactPaths.XenCommandLine(host);
        var configure = steps.Add(PlanStepKinds.ConfigureDom0, host, [install], cmdline,
            new[] { "sh", "-c", $"printf 'GRUB_CMDLINE_XEN_DEFAULT=\"%s\"\\n' \"$(cat '{cmdline}')\" > /etc/default/grub.d/topolang-xen.cfg && update-grub" });
        var reboot = steps.Add(PlanStepKinds.RebootHost, host, [configure], null, ["systemctl", "reboot"]);
        return steps.Add(PlanStepKinds.WaitForDom0, host, [reboot], null,
            new[] { "timeout", RebootTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "sh", "-c", "until xl info >/dev/null 2>&1; do sleep 10; done" });
    }

    /// <param name="dom0">The step after which dom0 runs Xen and, for a domU booting a kernel from dom0, the kernel is in place.</param>
    private static void AddDomU(StepList steps, XenDomUContext domU, string install, string dom0, IReadOnlyDictionary<string, string> bridges, IReadOnlyDictionary<string, string> driverDomains)
    {
        var host = domU.Host.Name.Value;
        var config = ArtifactPaths.XlConfig(host, domU.Name);
        var target = $"{host}/{domU.Name}";
        // dom0, the disks, the driver domains serving it, the bridges of its nics: each once, in that order.
        var needs = ImmutableArray.CreateBuilder<string>(3 + domU.DomU.DiskList.Length + domU.DomU.NicList.Length);
        needs.Add(dom0);
        var images = XlDiskSpecs.FolderOf(domU.Name);
        foreach (var disk in domU.DomU.DiskList)
        {
            StepList.AddOnce(needs, DiskImageStep.Add(steps, target, disk, XlDiskSpecs.Image(images, disk), install));
        }

        foreach (var backend in (ReadOnlySpan<XenBackend>)[XenBackend.Net, XenBackend.Block])
        {
            if (domU.DriverDomainServing(backend) is { } domain)
            {
                StepList.AddOnce(needs, driverDomains[domain]);
            }
        }

        if (domU.DriverDomainServing(XenBackend.Net) is null)
        {
            foreach (var nic in domU.DomU.NicList)
            {
                StepList.AddOnce(needs, bridges[nic.Network.Value]);
            }
        }

        var start = steps.Add(PlanStepKinds.StartGuest, target, needs.DrainToImmutable(), config, ["xl", "create", config]);
        if (domU.DomU.Autostart)
        {
            steps.Add(PlanStepKinds.AutostartGuest, target, [start], config, ["sh", "-c", $"ln -sf \"$PWD/{config}\" /etc/xen/auto/"]);
        }
    }
}
