using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Catalog;

namespace TopoLang.Compiler.Binding.Schema;

/// <summary>
/// docs/reference.md as data: every block, the entries it takes, their values, defaults, and how
/// often they may appear. The binder has no code per entry; adding an entry is a line here.
/// </summary>
public static class TopoSchema
{
    private static readonly ValueSpec Count = new IntSpec(1, 1_000_000, "a whole number of at least 1");
    private static readonly ValueSpec NonNegativeCount = new IntSpec(0, 1_000_000, "a whole number");
    private static readonly ValueSpec Ratio = new NumberSpec(0, "a ratio greater than 0, such as 4.0");
    private static readonly ValueSpec PositiveSize = new QuantitySpec(UnitKind.Size, 1, decimal.MaxValue, "a size such as 8 GiB");
    private static readonly ValueSpec AnySize = new QuantitySpec(UnitKind.Size, 0, decimal.MaxValue, "a size such as 2 GiB");
    private static readonly ValueSpec Percent = new QuantitySpec(UnitKind.Percent, 0, 100, "a percentage such as 70%");
    private static readonly ValueSpec Duration = new QuantitySpec(UnitKind.Duration, 0, decimal.MaxValue, "a duration such as 300 s");
    private static readonly ValueSpec Money = new QuantitySpec(UnitKind.Money, 0, decimal.MaxValue, "an amount of money such as 300_000 KRW");
    private static readonly ValueSpec Flag = new BoolSpec();
    private static readonly ValueSpec Version = new TextSpec("a version such as \"4.17\"");

    // The capacity rules choose the ratio when none is written; the notes say how. Declared
    // before the blocks: static fields initialize in textual order.
    private static readonly string CpuRatioNote = RatioNote(Platforms.StandaloneCpuAllocationRatio);
    private static readonly string RamRatioNote = RatioNote(Platforms.StandaloneRamAllocationRatio);

    public static readonly ImmutableArray<string> Services = ImmutableArray.Create(
        "server", "high-memory-server", "infra-addons", "data-lake", "ai-studio", "devops-suite", "container");

    public static readonly ImmutableArray<string> ScalingModes = ImmutableArray.Create("up", "out");

    private static readonly ImmutableDictionary<string, string> XenOnly = ImmutableDictionary.CreateRange(new[]
    {
        Pair("dom0", "'dom0' belongs inside 'hypervisor xen'"),
        Pair("domu", "'domu' belongs inside 'hypervisor xen'; under KVM or QEMU write 'guest'"),
        Pair("driver_domain", "'driver_domain' belongs inside 'hypervisor xen'"),
    });

    private static readonly ImmutableDictionary<string, string> NotInXen = ImmutableDictionary.CreateRange(new[]
    {
        Pair("guest", "Xen runs domains, not guests: write 'domu' inside 'hypervisor xen'"),
    });

    public static readonly BlockSpec Disk = Block("a disk",
        Entry("bus", Slot("bus", Enum("virtio", "scsi", "sata", "ide"))) with { Default = "virtio" },
        Entry("format", Slot("format", Enum("qcow2", "raw"))));

    public static readonly BlockSpec Nic = Block("a nic",
        Entry("ip", Slot("address", new StringSpec("an address such as \"10.0.1.10\"") { KeptInSource = true })),
        Entry("model", Slot("model", Enum("virtio", "e1000", "netfront"))));

    public static readonly BlockSpec Dom0 = Block("dom0",
        Entry("vcpus", Slot("count", Count)) with { Required = true },
        Entry("memory", Slot("size", PositiveSize)) with { Required = true },
        Entry("backends", Slot("backends", List(Enum("net", "block")))) with { Default = "[net, block]", Note = "the back ends dom0 serves to domUs" });

    public static readonly BlockSpec DriverDomain = Block("a driver domain",
        Entry("vcpus", Slot("count", Count)) with { Required = true },
        Entry("memory", Slot("size", PositiveSize)) with { Required = true },
        Entry("backends", Slot("backends", List(Enum("net", "block")))) with { Required = true, Note = "the back ends it serves to the domUs that name it" });

    public static readonly BlockSpec Cpu = Block("cpu",
        Entry("model", Slot("model", new StringSpec("a model name such as \"Xeon Gold 6338\""))),
        Entry("sockets", Slot("count", Count)) with { Default = "1" },
        Entry("cores", Slot("count", Count)) with { Required = true, Note = "per socket" },
        Entry("threads", Slot("count", Count)) with { Default = "1", Note = "per core" },
        Entry("features", Slot("flags", List(new CpuFlagSpec()))) with { Default = "[]" });

    // Guests and the hypervisors nested in them refer to each other; built lazily below.
    public static BlockSpec Guest => Holder.Guest;

    public static BlockSpec DomU => Holder.DomU;

    public static BlockSpec Kvm => Holder.Kvm;

    public static BlockSpec Qemu => Holder.Qemu;

    public static BlockSpec Xen => Holder.Xen;

    public static readonly BlockSpec Host = Block("a host",
        Entry("arch", Slot("arch", Arch())) with { Default = "x86_64" },
        Entry("cpu", Slot("vendor", Enum("intel", "amd"))) with { Required = true, Block = BlockRequirement.Required, BlockSpec = Cpu, Note = "the flags the block lists are what the CPU has" },
        Entry("memory", Slot("size", PositiveSize)) with { Required = true },
        Entry("storage", Slot("size", PositiveSize)),
        Entry("hypervisor", Slot("kind", Enum("kvm", "qemu", "xen")), Slot("version", Version, Optional: true)) with
        {
            Required = true,
            Note = "the block depends on the kind",
            Block = BlockRequirement.Required,
            BlockVariants = ImmutableDictionary.CreateRange(new[] { Pair("kvm", Holder.Kvm), Pair("qemu", Holder.Qemu), Pair("xen", Holder.Xen) }),
        });

    public static readonly BlockSpec Network = Block("a network",
        Entry("cidr", Slot("cidr", new StringSpec("a CIDR such as \"10.0.1.0/24\""))) with { Required = true, Note = "IPv4 or IPv6" },
        Entry("gateway", Slot("address", new StringSpec("an address such as \"10.0.1.1\""))),
        Entry("vlan", Slot("id", new IntSpec(1, 4094, "a VLAN id from 1 to 4094"))),
        Entry("mode", Slot("mode", Enum("bridge", "nat", "isolated", "provider"))) with { Default = "bridge" });

    public static readonly BlockSpec Provider = Block("a provider",
        Entry("platform", Slot("platform", Enum("openstack", "cloudstack"))) with { Required = true },
        Entry("scaling", Slot("modes", List(new EnumSpec(ScalingModes)))) with { Default = "[up, out]" },
        Entry("services", Slot("services", List(new EnumSpec(Services)))) with { Default = "[" + string.Join(", ", Services) + "]" },
        Entry("monthly_fee", Slot("fee", Money)) with { Note = "fees are monthly: `KRW/month` reads as `KRW`" });

    public static readonly BlockSpec Quota = Block("a quota",
        Entry("vcpus", Slot("count", NonNegativeCount)),
        Entry("memory", Slot("size", AnySize)),
        Entry("instances", Slot("count", NonNegativeCount)));

    public static readonly BlockSpec Cloud = Block("a cloud",
        Entry("platform", Slot("platform", Enum("openstack", "cloudstack"))) with { RequiredUnless = "provider", Note = "with a provider, the provider's platform" },
        Entry("provider", Slot("provider", new ReferenceSpec(EntityKind.Provider))) with { Note = "its scaling and services apply; without one, all are allowed" },
        Entry("region", Slot("region", new StringSpec("a region such as \"kr-central-1\""))),
        Entry("compute", Slot("hosts", List(new ReferenceSpec(EntityKind.Host)))) with { Note = "a private cloud: the hosts that run its instances" },
        Entry("quota") with { Block = BlockRequirement.Required, BlockSpec = Quota, Note = "shared by all deployments on the cloud" });

    public static readonly BlockSpec Flavor = Block("a flavor",
        Entry("vcpus", Slot("count", Count)) with { Required = true },
        Entry("memory", Slot("size", PositiveSize)) with { Required = true },
        Entry("disk", Slot("size", PositiveSize)));

    public static readonly BlockSpec ScaleOut = Block("'scale out'",
        Entry("min", Slot("count", NonNegativeCount)) with { Required = true },
        Entry("max", Slot("count", Count)) with { Required = true },
        Entry("cpu_above", Slot("threshold", Percent)) with { Default = "70%" },
        Entry("cpu_below", Slot("threshold", Percent)) with { Default = "30%" },
        Entry("cooldown", Slot("duration", Duration)) with { Default = "300 s" });

    public static readonly BlockSpec ScaleUp = Block("'scale up'",
        Entry("max_vcpus", Slot("count", Count)),
        Entry("max_memory", Slot("size", PositiveSize)));

    public static readonly BlockSpec Instance = Block("an instance",
        Entry("image", Slot("image", new StringSpec("an image such as \"ubuntu-22.04\""))) with { Required = true },
        Entry("flavor") with { Required = true, Block = BlockRequirement.Required, BlockSpec = Flavor },
        Entry("count", Slot("count", Count)) with { Default = "1", Note = "copies of the instance" },
        Entry("network", Slot("network", new ReferenceSpec(EntityKind.Network))),
        Entry("scale", Slot("mode", new EnumSpec(ScalingModes))) with
        {
            KeyedByFirstValue = true,
            Note = "`scale out` and `scale up` may both appear, once each",
            Block = BlockRequirement.Required,
            BlockVariants = ImmutableDictionary.CreateRange(new[] { Pair("out", ScaleOut), Pair("up", ScaleUp) }),
        });

    public static readonly BlockSpec Deployment = Block("a deployment",
        Entry("cloud", Slot("cloud", new ReferenceSpec(EntityKind.Cloud))) with { Required = true },
        Entry("uses", Slot("services", List(new EnumSpec(Services)))) with { Default = "[]", Note = "the services the deployment needs from its cloud's provider" },
        Entry("instance", Slot("name", new NameSpec(EntityKind.Instance))) with { Repeatable = true, Block = BlockRequirement.Required, BlockSpec = Instance });

    /// <summary>The top level of a file.</summary>
    public static readonly BlockSpec File = Block("the top level",
        Declaration("host", EntityKind.Host, Host),
        Declaration("network", EntityKind.Network, Network),
        Declaration("provider", EntityKind.Provider, Provider) with { Note = "an offering; the prelude declares kt-cloud-d1, kt-cloud-g1 and kt-cloud-g2" },
        Declaration("cloud", EntityKind.Cloud, Cloud),
        Declaration("deployment", EntityKind.Deployment, Deployment));

    private static EntrySpec Declaration(string word, EntityKind kind, BlockSpec block) =>
        Entry(word, Slot("name", new NameSpec(kind))) with { Repeatable = true, Block = BlockRequirement.Required, BlockSpec = block };

    private static string RatioNote(decimal standalone) =>
        "when absent: the platform's ratio on a compute host of a CloudStack cloud (see Platforms), else "
        + standalone.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    private static EnumSpec Arch() => Enum("x86_64", "aarch64");

    private static EnumSpec Enum(params string[] words) => new(words.ToImmutableArray());

    private static ListSpec List(ValueSpec element) => new(element);

    private static SlotSpec Slot(string name, ValueSpec spec, bool Optional = false) => new(name, spec, Optional);

    private static EntrySpec Entry(string word, params SlotSpec[] slots) => new(word, slots.ToImmutableArray());

    private static BlockSpec Block(string description, params EntrySpec[] entries) => new(description, entries.ToImmutableArray());

    private static System.Collections.Generic.KeyValuePair<string, T> Pair<T>(string key, T value) => new(key, value);

    /// <summary>Guests hold hypervisors that hold guests: the cycle is closed here, once.</summary>
    private static class Holder
    {
        public static readonly BlockSpec Kvm;
        public static readonly BlockSpec Qemu;
        public static readonly BlockSpec Xen;
        public static readonly BlockSpec Guest;
        public static readonly BlockSpec DomU;

        static Holder()
        {
            var guestEntries = CommonGuestEntries().Add(Entry("cpu_mode", Slot("mode", Enum("host-passthrough", "host-model", "custom"))));
            var domUEntries = CommonGuestEntries()
                .Add(Entry("mode", Slot("mode", Enum("pv", "pvh", "hvm"))) with { Default = "pv", Note = "pv needs an OS that runs paravirtualized (linux, bsd); pvh and hvm need vmx or svm" })
                .Add(Entry("pv_drivers", Slot("enabled", Flag)) with { Default = "false", Note = "PV drivers in an HVM guest, for fast I/O" })
                .Add(Entry("backend", Slot("domain", new ReferenceSpec(EntityKind.DriverDomain))) with { Note = "serves this domU's devices instead of dom0" });

            // The nested `hypervisor` entry of guests needs Kvm and Xen, which need Guest and DomU:
            // build the hypervisor blocks over placeholders, then replace the entry.
            var guest = Block("a guest", guestEntries.ToArray());
            var domU = Block("a domU", domUEntries.ToArray());
            Kvm = KvmBlock(guest);
            Qemu = QemuBlock(guest);
            Xen = XenBlock(domU);
            var nested = Entry("hypervisor", Slot("kind", Enum("kvm", "xen")), Slot("version", Version, Optional: true)) with
            {
                Block = BlockRequirement.Optional,
                Note = "a hypervisor inside this guest (nested); its own guests are optional and cannot nest again",
                BlockVariants = ImmutableDictionary.CreateRange(new[] { Pair("kvm", Kvm), Pair("xen", Xen) }),
            };
            Guest = guest.WithEntry(nested);
            DomU = domU.WithEntry(nested);
            Kvm = KvmBlock(Guest);
            Qemu = QemuBlock(Guest);
            Xen = XenBlock(DomU);
        }

        private static ImmutableList<EntrySpec> CommonGuestEntries() => ImmutableList.Create(
            Entry("os", Slot("family", Enum("linux", "windows", "bsd", "other")), Slot("distro", new TextSpec("a distribution such as \"ubuntu-22.04\""), Optional: true)) with { Required = true },
            Entry("arch", Slot("arch", Arch())) with { Note = "when absent, the host's arch" },
            Entry("vcpus", Slot("count", Count)) with { Required = true },
            Entry("memory", Slot("size", PositiveSize)) with { Required = true },
            Entry("disk", Slot("name", new NameSpec(null)), Slot("size", PositiveSize)) with { Repeatable = true, Block = BlockRequirement.Optional, BlockSpec = Disk },
            Entry("nic", Slot("network", new ReferenceSpec(EntityKind.Network))) with { Repeatable = true, Block = BlockRequirement.Optional, BlockSpec = Nic },
            Entry("autostart", Slot("enabled", Flag)) with { Default = "false" });

        private static BlockSpec KvmBlock(BlockSpec guest) => Block("'hypervisor kvm'",
            Entry("emulator", Slot("emulator", Enum("qemu")), Slot("version", Version, Optional: true)) with { Default = "qemu", Note = "the device model" },
            Entry("nested", Slot("enabled", Flag)) with { Default = "false", Note = "guests may run hypervisors themselves" },
            Entry("cpu_allocation_ratio", Slot("ratio", Ratio)) with { Note = CpuRatioNote },
            Entry("ram_allocation_ratio", Slot("ratio", Ratio)) with { Note = RamRatioNote },
            Entry("reserved_memory", Slot("size", AnySize)) with { Default = "2 GiB", Note = "kept for the host" },
            GuestEntry(guest)) with { Misplaced = XenOnly };

        private static BlockSpec QemuBlock(BlockSpec guest) => Block("'hypervisor qemu'",
            Entry("accel", Slot("accelerator", Enum("tcg"))) with { Default = "tcg" },
            Entry("reserved_memory", Slot("size", AnySize)) with { Default = "2 GiB", Note = "kept for the host" },
            GuestEntry(guest)) with { Misplaced = XenOnly };

        private static BlockSpec XenBlock(BlockSpec domU) => Block("'hypervisor xen'",
            Entry("dom0") with { Repeatable = true, Block = BlockRequirement.Required, BlockSpec = Dom0 },
            Entry("driver_domain", Slot("name", new NameSpec(EntityKind.DriverDomain))) with { Repeatable = true, Block = BlockRequirement.Required, BlockSpec = DriverDomain },
            Entry("domu", Slot("name", new NameSpec(EntityKind.DomU))) with { Repeatable = true, Block = BlockRequirement.Required, BlockSpec = domU },
            Entry("nested", Slot("enabled", Flag)) with { Default = "false", Note = "guests may run hypervisors themselves" },
            Entry("cpu_allocation_ratio", Slot("ratio", Ratio)) with { Note = CpuRatioNote },
            Entry("ram_allocation_ratio", Slot("ratio", Ratio)) with { Note = RamRatioNote },
            Entry("reserved_memory", Slot("size", AnySize)) with { Default = "0 B", Note = "dom0's own memory is the host's share" }) with { Misplaced = NotInXen };

        private static EntrySpec GuestEntry(BlockSpec guest) =>
            Entry("guest", Slot("name", new NameSpec(EntityKind.Guest))) with { Repeatable = true, Block = BlockRequirement.Required, BlockSpec = guest };
    }
}
