using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// Xen hosts: an xl.cfg per domU and dom0's boot options; the plan installs Xen, configures
/// dom0's GRUB line, creates the disks and starts each domU with `xl create`.
/// </summary>
public sealed class XenTarget : ITarget
{
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
        var package = host.Arch.Value == Architecture.Aarch64 ? "xen-system-arm64" : "xen-system-amd64";
        var install = steps.Add(PlanStepKinds.InstallHypervisor, name, new[] { PlanStepIds.ValidateHost(name) }, null, new[] { "apt-get", "install", "-y", package });
        AddDomains(steps, name, hypervisor, install);
        return steps.Steps;
    }

    private static void AddDomains(StepList steps, string host, HypervisorModel hypervisor, string install)
    {
        var cmdline = ArtifactPaths.XenCommandLine(host);
        var dom0 = steps.Add(PlanStepKinds.ConfigureDom0, host, new[] { install }, cmdline,
            new[] { "sh", "-c", $"printf 'GRUB_CMDLINE_XEN_DEFAULT=\"%s\"\\n' \"$(cat '{cmdline}')\" > /etc/default/grub.d/topolang-xen.cfg && update-grub" });
        foreach (var domU in hypervisor.Guests)
        {
            var config = ArtifactPaths.XlConfig(host, domU.Name.Value);
            var target = $"{host}/{domU.Name.Value}";
            var disks = domU.Disks.Select(disk => DiskImageStep.Add(steps, target, disk, XlDiskSpecs.ImagePath(domU.Name.Value, disk), XlDiskSpecs.Format(disk), dom0)).ToList();
            var start = steps.Add(PlanStepKinds.StartGuest, target, disks.Prepend(dom0), config, new[] { "xl", "create", config });
            if (domU.Autostart)
            {
                steps.Add(PlanStepKinds.AutostartGuest, target, new[] { start }, config, new[] { "sh", "-c", $"ln -sf \"$PWD/{config}\" /etc/xen/auto/" });
            }
        }
    }
}
