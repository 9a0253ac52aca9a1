using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Binding;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;
using TopoLang.Compiler.Text;
using TopoLang.Compiler.Validation;
using TopoLang.Runtime;

namespace TopoLang.Tests.Validation.Capacity;

/// <summary>A guest or Xen domain's size, for models built in code.</summary>
public readonly record struct Part(long Memory, int Vcpus);

/// <summary>
/// Models built directly, without parsing, so property tests can try thousands of hosts in
/// well under a second. Every location is the same dummy span.
/// </summary>
public static class CapacityModels
{
    private static readonly SourceLocation Here = new(SourceText.From("x", "generated.topo"), new TextSpan(0, 1));

    /// <summary>A topology of one host, kvm or (with a dom0) xen, carrying <paramref name="guests"/>.</summary>
    public static TopologyModel Host(
        long memory,
        long reserved,
        decimal? ramRatio,
        decimal? cpuRatio,
        int cores,
        IEnumerable<Part> guests,
        Part? dom0 = null,
        IEnumerable<Part>? driverDomains = null) =>
        Topology(new[] { HostNamed("h", memory, reserved, ramRatio, cpuRatio, cores, guests, dom0, driverDomains) });

    public static HostModel HostNamed(
        string name,
        long memory,
        long reserved,
        decimal? ramRatio,
        decimal? cpuRatio,
        int cores,
        IEnumerable<Part> guests,
        Part? dom0 = null,
        IEnumerable<Part>? driverDomains = null)
    {
        var xen = dom0 is not null;
        var hypervisor = new HypervisorModel(
            At(xen ? HypervisorKind.Xen : HypervisorKind.Kvm),
            null,
            "qemu",
            null,
            At(false),
            cpuRatio is { } cpu ? At(cpu) : null,
            ramRatio is { } ram ? At(ram) : null,
            At(reserved),
            null,
            guests.Select((part, i) => Guest(xen, name + "-g" + i, part)).ToImmutableArray(),
            dom0 is { } d ? ImmutableArray.Create(Domain("dom0", true, d)) : ImmutableArray<XenDomainModel>.Empty,
            (driverDomains ?? Enumerable.Empty<Part>()).Select((part, i) => Domain(name + "-dd" + i, false, part)).ToImmutableArray(),
            Here);
        var cpuModel = new CpuModel(At(CpuVendor.Intel), null, At(1), At(cores), At(1), ImmutableArray.Create(At("vmx"), At("ept")), Here);
        return new HostModel(At(name), At(Architecture.X86_64), cpuModel, At(memory), null, hypervisor, Here);
    }

    /// <summary>A topology of these hosts and, optionally, one private cloud on all of them with one deployment of these instances.</summary>
    public static TopologyModel Topology(IEnumerable<HostModel> hosts, IEnumerable<Part>? instances = null)
    {
        var hostList = hosts.ToImmutableArray();
        var clouds = ImmutableArray<CloudModel>.Empty;
        var deployments = ImmutableArray<DeploymentModel>.Empty;
        if (instances is not null)
        {
            var compute = hostList.Select(host => At(host.Name.Value)).ToImmutableArray();
            clouds = ImmutableArray.Create(new CloudModel(At("private"), At(CloudPlatform.OpenStack), null, null, compute, Here, null, Here));
            var models = instances.Select((part, i) => new InstanceModel(At("i" + i), "image", new FlavorModel(At(part.Vcpus), At(part.Memory), null), At(1), null, null, null, Here));
            deployments = ImmutableArray.Create(new DeploymentModel(At("d"), At("private"), ImmutableArray<Located<string>>.Empty, models.ToImmutableArray(), Here));
        }

        return new TopologyModel("generated", null, ImmutableArray<ParamModel>.Empty, hostList, ImmutableArray<NetworkModel>.Empty, ImmutableArray<ProviderModel>.Empty, clouds, deployments);
    }

    /// <summary>What <paramref name="rule"/> reports on <paramref name="model"/>.</summary>
    public static List<Diagnostic> Run(ITopologyRule rule, TopologyModel model)
    {
        var bag = new DiagnosticBag();
        rule.Check(new RuleContext(new TopologySemantics(model, new SymbolTable()), bag));
        return bag.ToList();
    }

    private static GuestModel Guest(bool xen, string name, Part part) => new(
        xen ? GuestKind.DomU : GuestKind.Guest,
        At(name),
        At(OsFamily.Linux),
        null,
        null,
        At(part.Vcpus),
        At(part.Memory),
        ImmutableArray<DiskModel>.Empty,
        ImmutableArray<NicModel>.Empty,
        false,
        null,
        xen ? At(DomUMode.Pv) : null,
        null,
        null,
        null,
        Here);

    private static XenDomainModel Domain(string name, bool isDom0, Part part) =>
        new(name, isDom0, At(part.Vcpus), At(part.Memory), ImmutableArray.Create(XenBackend.Net, XenBackend.Block), Here);

    private static Located<T> At<T>(T value) => new(value, Here);
}
