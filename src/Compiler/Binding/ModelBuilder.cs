using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Model;
using static TopoLang.Compiler.Binding.BlockReader;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Projects the bound blocks onto the typed model. It reports nothing: every fault was reported
/// while binding, and what is missing or in error becomes null for the rules to skip.
/// </summary>
internal static class ModelBuilder
{
    /// <param name="projected">The hosts, networks and deployments, projected as they were bound.</param>
    public static TopologyModel Build(string name, string? @namespace, ImmutableArray<ParamModel> parameters, BoundBlock root, TopLevelProjection projected, ISet<BoundEntry> builtIn)
    {
        return new TopologyModel(
            name,
            @namespace,
            parameters,
            projected.Hosts.ToImmutable(),
            projected.Networks.ToImmutable(),
            Map(root, "provider", entry => Provider(entry, builtIn.Contains(entry)), IsDeclared),
            Map(root, "cloud", cloud => Cloud(cloud, root), IsDeclared),
            projected.Deployments.ToImmutable());
    }

    private static IEnumerable<BoundEntry> Entries(BoundBlock block, string word) =>
        block.All(word).Where(IsDeclared);

    /// <summary>A declaration with a name and a block: what becomes a model record.</summary>
    public static bool IsDeclared(BoundEntry entry) => entry.Block is not null && entry.Name is not null;

    private static readonly Func<BoundEntry, bool> HasBlock = entry => entry.Block is not null;

    /// <summary>
    /// The model records of a block's entries of one word, in order, in an array of the exact
    /// size: a fleet has a list of disks and one of NICs per guest, 100,000 guests.
    /// </summary>
    /// <summary>As <see cref="Map"/>, for a list that is nearly always of one: that one is not put in an array.</summary>
    private static OneOrMany<T> OneOrMore<T>(BoundBlock block, string word, Func<BoundEntry, T> map)
        where T : class
    {
        var entries = block.EntrySpan;
        var first = -1;
        var count = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (Selected(entries[i], word, keep: null) && count++ == 0)
            {
                first = i;
            }
        }

        return count switch
        {
            0 => OneOrMany<T>.Empty,
            1 => OneOrMany<T>.One(map(entries[first])),
            _ => OneOrMany<T>.From(Map(block, word, map)),
        };
    }

    private static ImmutableArray<T> Map<T>(BoundBlock block, string word, Func<BoundEntry, T> map, Func<BoundEntry, bool>? keep = null)
    {
        var entries = block.EntrySpan;
        var count = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            count += Selected(entries[i], word, keep) ? 1 : 0;
        }

        if (count == 0)
        {
            return ImmutableArray<T>.Empty;
        }

        var items = new T[count];
        var next = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (Selected(entries[i], word, keep))
            {
                items[next++] = map(entries[i]);
            }
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private static bool Selected(BoundEntry entry, string word, Func<BoundEntry, bool>? keep) =>
        entry.Spec.Word == word && (keep is null || keep(entry));

    public static HostModel Host(BoundEntry entry)
    {
        var block = entry.Block!;
        var cpu = block.First("cpu");
        var hypervisor = block.First("hypervisor");
        return new HostModel(
            Name(entry),
            Enum<Architecture>(block, "arch") ?? new Located<Architecture>(DefaultEnum<Architecture>(block.Spec, "arch"), entry.WordLocation, true) { InError = IsInError(block, "arch") },
            cpu?.Block is not null && cpu[0] is WordValue vendor ? Cpu(cpu, vendor) : null,
            Size(block, "memory"),
            Size(block, "storage"),
            hypervisor is null ? null : Hypervisor(hypervisor),
            entry.WordLocation);
    }

    private static CpuModel Cpu(BoundEntry entry, WordValue vendor)
    {
        var block = entry.Block!;
        return new CpuModel(
            new Located<CpuVendor>(ModelWords.Parse<CpuVendor>(vendor.Word), vendor.Location),
            String(block, "model"),
            Int(block, "sockets"),
            Int(block, "cores"),
            Int(block, "threads"),
            Words(block, "features"),
            entry.WordLocation)
        {
            FeaturesInError = IsListInError(block, "features"),
        };
    }

    private static HypervisorModel? Hypervisor(BoundEntry entry)
    {
        if (entry[0] is not WordValue kindWord || entry.Block is not { } block)
        {
            return null;
        }

        var kind = ModelWords.Parse<HypervisorKind>(kindWord.Word);
        var guestWord = kind == HypervisorKind.Xen ? "domu" : "guest";
        var dom0s = Map(block, "dom0", d => XenDomain(d, "dom0", isDom0: true), HasBlock);
        return new HypervisorModel(
            new Located<HypervisorKind>(kind, kindWord.Location),
            (entry[1] as StringValue)?.Value,
            // Only kvm takes an emulator entry; the other kinds, and a kvm one in error, keep kvm's default.
            Word(block, "emulator") ?? DefaultWord(TopoSchema.Kvm, "emulator"),
            String(block, "emulator", 1),
            Bool(block, "nested") ?? new Located<bool>(DefaultBool(block.Spec, "nested"), entry.WordLocation, true) { InError = IsInError(block, "nested") },
            Number(block, "cpu_allocation_ratio"),
            Number(block, "ram_allocation_ratio"),
            Size(block, "reserved_memory"),
            Word(block, "accel"),
            Map(block, guestWord, Guest, IsDeclared),
            dom0s,
            Map(block, "driver_domain", d => XenDomain(d, d.Name!, isDom0: false), IsDeclared),
            entry.WordLocation)
        {
            Dom0InError = dom0s.IsEmpty && block.IsPresent("dom0"),
            RatiosInError = IsInError(block, "cpu_allocation_ratio") || IsInError(block, "ram_allocation_ratio"),
        };
    }

    private static XenDomainModel XenDomain(BoundEntry entry, string name, bool isDom0)
    {
        var block = entry.Block!;
        return new XenDomainModel(name, isDom0, Int(block, "vcpus"), Size(block, "memory"), Words(block, "backends").Select(w => ModelWords.Parse<XenBackend>(w.Value)).ToImmutableArray(), entry.NameLocation ?? entry.WordLocation)
        {
            BackendsInError = IsListInError(block, "backends"),
        };
    }

    private static GuestModel Guest(BoundEntry entry)
    {
        var block = entry.Block!;
        var isDomU = entry.Spec.Word == "domu";
        var nested = block.First("hypervisor");
        return new GuestModel(
            isDomU ? GuestKind.DomU : GuestKind.Guest,
            Name(entry),
            Enum<OsFamily>(block, "os"),
            String(block, "os", 1),
            Enum<Architecture>(block, "arch"),
            Int(block, "vcpus"),
            Size(block, "memory"),
            ImmutableArray<DiskModel>.Empty,
            ImmutableArray<NicModel>.Empty,
            Bool(block, "autostart")?.Value ?? DefaultBool(block.Spec, "autostart"),
            isDomU ? null : Enum<CpuMode>(block, "cpu_mode"),
            isDomU ? Enum<DomUMode>(block, "mode") : null,
            isDomU ? Bool(block, "pv_drivers") : null,
            isDomU ? Reference(block, "backend") : null,
            nested is null ? null : Hypervisor(nested),
            entry.WordLocation)
        {
            DiskList = OneOrMore(block, "disk", Disk),
            NicList = OneOrMore(block, "nic", Nic),
        };
    }

    private static DiskModel Disk(BoundEntry entry)
    {
        var name = entry[0] is WordValue word ? new Located<string>(word.Word, word.Location) : new Located<string>(string.Empty, entry.WordLocation);
        var size = entry[1] is SizeValue bytes ? new Located<long>(bytes.Bytes, bytes.Location) : (Located<long>?)null;
        var bus = entry.Block is { } block ? Enum<DiskBus>(block, "bus")?.Value : null;
        var format = entry.Block is { } formatBlock ? Enum<DiskFormat>(formatBlock, "format")?.Value : null;
        return new DiskModel(name, size, bus ?? DefaultEnum<DiskBus>(entry.Spec.BlockSpec!, "bus"), format, entry.WordLocation);
    }

    private static NicModel Nic(BoundEntry entry)
    {
        var network = entry[0] is ReferenceValue reference ? new Located<string>(reference.Name, reference.Location) : new Located<string>(string.Empty, entry.WordLocation);
        var block = entry.Block;
        var deviceModel = block is null ? null : Enum<NicDeviceModel>(block, "model")?.Value;
        if (block is not null && AddressReader.TryReadIPv4(block, "ip", out var ipv4))
        {
            return NicModel.WithIPv4(network, ipv4, deviceModel, entry.WordLocation);
        }

        return new NicModel(network, block is null ? null : AddressReader.Address(block, "ip"), deviceModel, entry.WordLocation);
    }

    public static NetworkModel Network(BoundEntry entry)
    {
        var block = entry.Block!;
        return new NetworkModel(
            Name(entry),
            AddressReader.Cidr(block, "cidr"),
            AddressReader.Address(block, "gateway"),
            Int(block, "vlan"),
            Enum<NetworkMode>(block, "mode")?.Value ?? DefaultEnum<NetworkMode>(block.Spec, "mode"),
            entry.WordLocation);
    }

    private static ProviderModel Provider(BoundEntry entry, bool isBuiltIn)
    {
        var block = entry.Block!;
        var fee = block.Value("monthly_fee") is QuantityValue money ? new MoneyAmount(money.Number, money.Unit.Symbol) : (MoneyAmount?)null;
        return new ProviderModel(
            Name(entry),
            Enum<CloudPlatform>(block, "platform"),
            Words(block, "scaling").Select(w => ModelWords.Parse<ScalingMode>(w.Value)).ToImmutableArray(),
            Words(block, "services").Select(w => w.Value).ToImmutableArray(),
            fee,
            isBuiltIn,
            entry.WordLocation)
        {
            OfferingInError = IsListInError(block, "scaling") || IsListInError(block, "services"),
        };
    }

    private static CloudModel Cloud(BoundEntry entry, BoundBlock root)
    {
        var block = entry.Block!;
        var provider = Reference(block, "provider");
        var platform = Enum<CloudPlatform>(block, "platform") ?? ProviderPlatform(root, provider);
        var quota = block.First("quota");
        return new CloudModel(
            Name(entry),
            platform,
            provider,
            String(block, "region"),
            Words(block, "compute"),
            block.First("compute")?.WordLocation,
            quota?.Block is { } quotaBlock
                ? new QuotaModel(Int(quotaBlock, "vcpus")?.Value, Size(quotaBlock, "memory")?.Value, Int(quotaBlock, "instances")?.Value, quota.WordLocation)
                : null,
            entry.WordLocation);
    }

    private static Located<CloudPlatform>? ProviderPlatform(BoundBlock root, Located<string>? provider)
    {
        if (provider is not { } name)
        {
            return null;
        }

        var declaration = Entries(root, "provider").FirstOrDefault(p => p.Name == name.Value);
        return declaration?.Block is { } block && Enum<CloudPlatform>(block, "platform") is { } platform
            ? platform with { Location = name.Location, IsDefault = true }
            : null;
    }

    public static DeploymentModel Deployment(BoundEntry entry)
    {
        var block = entry.Block!;
        return new DeploymentModel(
            Name(entry),
            Reference(block, "cloud"),
            Words(block, "uses"),
            Map(block, "instance", Instance, IsDeclared),
            entry.WordLocation);
    }

    private static InstanceModel Instance(BoundEntry entry)
    {
        var block = entry.Block!;
        var flavor = block.First("flavor")?.Block;
        var scaleOut = block.All("scale").FirstOrDefault(s => s.Key == "out");
        var scaleUp = block.All("scale").FirstOrDefault(s => s.Key == "up");
        return new InstanceModel(
            Name(entry),
            String(block, "image"),
            flavor is null ? null : new FlavorModel(Int(flavor, "vcpus"), Size(flavor, "memory"), Size(flavor, "disk")),
            Int(block, "count") ?? new Located<int>(DefaultInt(block.Spec, "count"), entry.WordLocation, true),
            Reference(block, "network"),
            scaleOut?.Block is { } outBlock ? ScaleOut(outBlock, scaleOut) : null,
            scaleUp?.Block is { } upBlock ? new ScaleUpModel(Int(upBlock, "max_vcpus"), Size(upBlock, "max_memory"), scaleUp.WordLocation) : null,
            entry.WordLocation)
        {
            ShapeInError = IsInError(block, "count") || (scaleOut?.Block is { } bounds && (IsInError(bounds, "max") || IsInError(bounds, "min"))),
        };
    }

    private static ScaleOutModel ScaleOut(BoundBlock block, BoundEntry entry) => new(
        Int(block, "min"),
        Int(block, "max"),
        Quantity(block, "cpu_above")?.Value ?? DefaultQuantity(block.Spec, "cpu_above"),
        Quantity(block, "cpu_below")?.Value ?? DefaultQuantity(block.Spec, "cpu_below"),
        (long)(Quantity(block, "cooldown")?.Value ?? DefaultQuantity(block.Spec, "cooldown")),
        entry.WordLocation);
}
