using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Emit.Artifacts;
using TopoLang.Compiler.Emit.Artifacts.CloudStack;
using TopoLang.Compiler.Emit.Artifacts.Libvirt;
using TopoLang.Compiler.Emit.Artifacts.Xen;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// Builds the deployment plan of a valid topology (docs/plan-schema.md): per host, validate it and
/// install its hypervisor; then dom0, networks and guests; private clouds register their compute
/// hosts; deployments create their stacks or CloudStack calls. Artifact paths come from
/// <see cref="ArtifactPaths"/>, the same the writers use. Commands run in the topology's output
/// folder, where the artifacts are.
/// </summary>
public sealed class PlanBuilder
{
    private readonly TopologyModel _model;
    private readonly IReadOnlyList<string> _entryArguments;
    private readonly List<PlanStep> _steps = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private PlanBuilder(TopologyModel model, IReadOnlyList<string> entryArguments)
    {
        _model = model;
        _entryArguments = entryArguments;
    }

    /// <param name="entryArguments">
    /// What `topo probe` in validate-host steps is given to compile this same topology: the entry
    /// file and its `-p`/`--root` options, with paths relative to the folder the commands run from.
    /// </param>
    /// <param name="artifacts">The files written with the plan: placeholders are gathered from them.</param>
    public static DeploymentPlanModel Build(TopologyModel model, IReadOnlyList<string> entryArguments, IEnumerable<GeneratedFile> artifacts)
    {
        var builder = new PlanBuilder(model, entryArguments);
        foreach (var host in model.Hosts)
        {
            builder.AddHost(host);
        }

        foreach (var cloud in model.Clouds)
        {
            builder.AddCloud(cloud);
        }

        var steps = builder._steps.ToImmutableArray();
        var stages = PlanStages.Of(steps);
        var texts = artifacts.Select(file => file.Text).Concat(steps.SelectMany(step => step.Command));
        var toFill = Placeholders.Find(texts).Where(placeholder => !CloudStackIds.CreatedKinds.Contains(Placeholders.KindOf(placeholder))).ToList();
        return new DeploymentPlanModel(model.Name, steps, stages, PlanSummaries.Of(model, steps, stages, toFill));
    }

    private void AddHost(HostModel host)
    {
        if (host.Hypervisor is not { } hypervisor)
        {
            return;
        }

        var name = host.Name.Value;
        var validate = Add(PlanStepKinds.ValidateHost, name, Array.Empty<string>(), null, _entryArguments.Prepend("probe").Prepend("topo").Append("--host").Append(name).ToArray());
        var install = Add(PlanStepKinds.InstallHypervisor, name, new[] { validate }, null, InstallCommand(host, hypervisor));
        if (hypervisor.Kind.Value == HypervisorKind.Xen)
        {
            AddXenDomains(name, hypervisor, install);
        }
        else
        {
            AddLibvirtGuests(name, hypervisor, install);
        }
    }

    private void AddXenDomains(string host, HypervisorModel hypervisor, string install)
    {
        var cmdline = ArtifactPaths.XenCommandLine(host);
        var dom0 = Add(PlanStepKinds.ConfigureDom0, host, new[] { install }, cmdline,
            "sh", "-c", $"printf 'GRUB_CMDLINE_XEN_DEFAULT=\"%s\"\\n' \"$(cat '{cmdline}')\" > /etc/default/grub.d/topolang-xen.cfg && update-grub");
        foreach (var domU in hypervisor.Guests)
        {
            var config = ArtifactPaths.XlConfig(host, domU.Name.Value);
            var target = $"{host}/{domU.Name.Value}";
            var disks = domU.Disks.Select(disk => AddDisk(target, disk, XlDiskSpecs.ImagePath(domU.Name.Value, disk), XlDiskSpecs.Format(disk), dom0));
            var start = Add(PlanStepKinds.StartGuest, target, disks.Prepend(dom0).ToArray(), config, "xl", "create", config);
            if (domU.Autostart)
            {
                Add(PlanStepKinds.AutostartGuest, target, new[] { start }, config, "sh", "-c", $"ln -sf \"$PWD/{config}\" /etc/xen/auto/");
            }
        }
    }

    private void AddLibvirtGuests(string host, HypervisorModel hypervisor, string install)
    {
        var started = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var network in hypervisor.Guests.SelectMany(guest => guest.Nics).Select(nic => nic.Network.Value).Distinct(StringComparer.Ordinal))
        {
            var artifact = ArtifactPaths.LibvirtNetwork(network);
            var target = $"{host}/{network}";
            var before = install;
            if (_model.FindNetwork(network) is { } declared && !LibvirtNames.LibvirtCreatesBridge(declared))
            {
                // Bridged networks use a bridge that exists on the host; libvirt only attaches to it.
                var bridge = LibvirtNames.Bridge(_model, network);
                before = Add(PlanStepKinds.CreateBridge, target, new[] { install }, null, LibvirtNames.NeedsOpenVSwitch(declared)
                    ? new[] { "ovs-vsctl", "--may-exist", "add-br", bridge }
                    : new[] { "sh", "-c", $"ip link show {bridge} >/dev/null 2>&1 || ip link add {bridge} type bridge" });
            }

            var create = Add(PlanStepKinds.CreateNetwork, target, new[] { before }, artifact, "virsh", "net-define", artifact);
            started[network] = Add(PlanStepKinds.StartNetwork, target, new[] { create }, null, "virsh", "net-start", network);
        }

        foreach (var guest in hypervisor.Guests)
        {
            var name = guest.Name.Value;
            var artifact = ArtifactPaths.LibvirtDomain(host, name);
            var target = $"{host}/{name}";
            var disks = guest.Disks.Select(disk => AddDisk(target, disk, LibvirtNames.ImagePath(guest, disk), DiskPlan.FormatOf(disk), install)).ToList();
            var needs = guest.Nics.Select(nic => started[nic.Network.Value]).Distinct(StringComparer.Ordinal).Prepend(install).Concat(disks).ToArray();
            var define = Add(PlanStepKinds.DefineGuest, target, needs, artifact, "virsh", "define", artifact);
            Add(PlanStepKinds.StartGuest, target, new[] { define }, null, "virsh", "start", name);
            if (guest.Autostart)
            {
                Add(PlanStepKinds.AutostartGuest, target, new[] { define }, null, "virsh", "autostart", name);
            }
        }
    }

    /// <summary>`qemu-img create`: hypervisors attach disk images, they do not make them. Paths are made of names, safe in a shell word.</summary>
    private string AddDisk(string guestTarget, DiskModel disk, string path, string format, string after)
    {
        var bytes = (disk.Size?.Value ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var folder = path[..path.LastIndexOf('/')];
        return Add(PlanStepKinds.CreateDisk, $"{guestTarget}/{disk.Name.Value}", new[] { after }, null,
            "sh", "-c", $"mkdir -p '{folder}' && qemu-img create -f {format} '{path}' {bytes}");
    }

    private void AddCloud(CloudModel cloud)
    {
        var name = cloud.Name.Value;
        var platform = cloud.Platform?.Value ?? CloudPlatform.OpenStack;
        var registered = new List<string>();
        foreach (var host in cloud.Compute.Select(h => h.Value).Distinct(StringComparer.Ordinal))
        {
            if (_model.FindHost(host) is { Hypervisor: { } hypervisor })
            {
                var install = Id(PlanStepKinds.InstallHypervisor, host);
                registered.Add(Add(PlanStepKinds.RegisterCompute, $"{name}/{host}", new[] { install }, null, RegisterCommand(cloud, platform, host, hypervisor)));
            }
        }

        foreach (var deployment in _model.Deployments.Where(d => d.Cloud?.Value == name))
        {
            AddDeployment(cloud, platform, deployment, registered);
        }
    }

    private void AddDeployment(CloudModel cloud, CloudPlatform platform, DeploymentModel deployment, List<string> registered)
    {
        var cloudName = cloud.Name.Value;
        var name = deployment.Name.Value;
        var target = $"{cloudName}/{name}";
        string created;
        if (platform == CloudPlatform.OpenStack)
        {
            var template = ArtifactPaths.HeatTemplate(cloudName, name);
            created = Add(PlanStepKinds.CreateStack, target, registered, template, "openstack", "stack", "create", "--wait", "-t", template, name);
        }
        else
        {
            var script = ArtifactPaths.CloudMonkeyScript(cloudName, name);
            created = Add(PlanStepKinds.DeployInstance, target, registered, script, "sh", script);
        }

        foreach (var instance in deployment.Instances.Where(i => i.ScaleOut is not null))
        {
            var instanceTarget = $"{target}/{instance.Name.Value}";
            var command = platform == CloudPlatform.OpenStack
                ? new[] { "openstack", "stack", "resource", "list", "--filter", "type=OS::Heat::AutoScalingGroup", name }
                : new[] { "cmk", "enable", "autoscalevmgroup", "id=" + CloudStackIds.AutoScaleGroup(instance.Name.Value) };
            Add(PlanStepKinds.ConfigureAutoscale, instanceTarget, new[] { created }, null, command);
        }
    }

    private static string[] InstallCommand(HostModel host, HypervisorModel hypervisor)
    {
        if (hypervisor.Kind.Value == HypervisorKind.Xen)
        {
            return new[] { "apt-get", "install", "-y", host.Arch.Value == Architecture.Aarch64 ? "xen-system-arm64" : "xen-system-amd64" };
        }

        return new[] { "apt-get", "install", "-y", "--no-install-recommends", "qemu-system", "libvirt-daemon-system" };
    }

    private static string[] RegisterCommand(CloudModel cloud, CloudPlatform platform, string host, HypervisorModel hypervisor)
    {
        if (platform == CloudPlatform.OpenStack)
        {
            return new[] { "openstack", "compute", "service", "set", "--enable", host, "nova-compute" };
        }

        var zone = Placeholders.Of("zone", cloud.Region ?? cloud.Name.Value);
        return new[]
        {
            "cmk", "add", "host", "zoneid=" + zone, "podid=" + Placeholders.Of("pod", cloud.Name.Value),
            "clusterid=" + Placeholders.Of("cluster", cloud.Name.Value), "url=http://" + host,
            "hypervisor=" + (hypervisor.Kind.Value == HypervisorKind.Xen ? "XenServer" : "KVM"),
            "username=root", "password=" + Placeholders.Of("password", host),
        };
    }

    private static string Id(string kind, string target) => kind + ":" + target;

    private string Add(string kind, string target, IEnumerable<string> dependsOn, string? artifact, params string[] command)
    {
        var id = Id(kind, target);
        if (!_ids.Add(id))
        {
            throw new InvalidOperationException($"The plan already has a step '{id}'.");
        }

        _steps.Add(new PlanStep(id, kind, target, dependsOn.ToImmutableArray(), artifact, command.ToImmutableArray()));
        return id;
    }
}
