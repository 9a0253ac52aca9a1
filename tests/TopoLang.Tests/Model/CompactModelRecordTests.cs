using System.Collections.Immutable;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;
using TopoLang.Runtime;

namespace TopoLang.Tests.Model;

/// <summary>
/// Guests, disks and NICs keep their located values as spans in their own file (SpanLocated):
/// what is read back is exactly what was given, flags and entry locations included, and a value
/// from another file is kept whole. A nic's IPv4 address is kept as its bits when its text is how
/// it prints, and given back as written either way.
/// </summary>
public sealed class CompactModelRecordTests
{
    private static readonly SourceText Fleet = SourceText.From("host a { }\nguest web { vcpus 2 }\n", "fleet.topo");
    private static readonly SourceText Other = SourceText.From("param cores: int = 2\n", "params.topo");

    private static SourceLocation At(SourceText source, int start, int length) => new(source, new TextSpan(start, length));

    private static GuestModel Guest(Located<int>? vcpus, Located<CpuMode>? cpuMode = null, HypervisorModel? nested = null) => new(
        GuestKind.Guest,
        new Located<string>("web", At(Fleet, 17, 3)),
        null,
        "debian-12",
        null,
        vcpus,
        null,
        ImmutableArray<DiskModel>.Empty,
        ImmutableArray<NicModel>.Empty,
        false,
        cpuMode,
        null,
        null,
        null,
        nested,
        At(Fleet, 11, 5));

    private static HypervisorModel Nested(HypervisorKind kind) => new(
        new Located<HypervisorKind>(kind, At(Fleet, 23, 3)),
        null,
        "qemu",
        null,
        new Located<bool>(false, At(Fleet, 23, 3), IsDefault: true),
        null,
        null,
        null,
        null,
        ImmutableArray<GuestModel>.Empty,
        ImmutableArray<XenDomainModel>.Empty,
        ImmutableArray<XenDomainModel>.Empty,
        At(Fleet, 23, 3));

    [Fact]
    public void A_guest_gives_back_its_values_with_their_locations_and_entries()
    {
        var vcpus = new Located<int>(2, At(Fleet, 29, 1), false, At(Fleet, 23, 5));

        var guest = Guest(vcpus);

        Assert.Equal(vcpus, guest.Vcpus);
        Assert.Equal(At(Fleet, 23, 5), guest.Vcpus!.Value.EntryLocation);
        Assert.Equal("web", guest.Name.Value);
        Assert.Equal(At(Fleet, 17, 3), guest.Name.Location);
    }

    [Fact]
    public void A_guest_keeps_the_default_and_in_error_flags()
    {
        var mode = new Located<CpuMode>(CpuMode.HostModel, At(Fleet, 11, 5), IsDefault: true, At(Fleet, 11, 5)) { InError = true };

        var guest = Guest(null, mode);

        Assert.True(guest.CpuMode!.Value.IsDefault);
        Assert.True(guest.CpuMode.Value.InError);
        Assert.Null(guest.Vcpus);
    }

    [Fact]
    public void An_entry_word_after_its_value_is_given_back_as_it_was()
    {
        var vcpus = new Located<int>(2, At(Fleet, 23, 1), false, At(Fleet, 29, 5));

        var guest = Guest(vcpus);

        Assert.Equal(vcpus, guest.Vcpus);
        Assert.Equal(At(Fleet, 29, 5), guest.Vcpus!.Value.EntryLocation);
    }

    [Fact]
    public void An_entry_word_far_before_its_value_is_given_back_as_it_was()
    {
        var vcpus = new Located<int>(2, At(Fleet, 200_000, 1), false, At(Fleet, 23, 5));

        var guest = Guest(vcpus);

        Assert.Equal(vcpus, guest.Vcpus);
        Assert.Equal(At(Fleet, 23, 5), guest.Vcpus!.Value.EntryLocation);
    }

    [Fact]
    public void A_value_without_an_entry_gives_back_no_entry()
    {
        var guest = Guest(new Located<int>(2, At(Fleet, 29, 1)));

        Assert.Null(guest.Vcpus!.Value.Entry.Source);
        Assert.Equal(At(Fleet, 29, 1), guest.Vcpus.Value.EntryLocation);
    }

    [Fact]
    public void A_value_written_in_another_file_is_kept_with_its_own_file()
    {
        var vcpus = new Located<int>(2, At(Other, 19, 1), false, At(Fleet, 23, 5));

        var guest = Guest(vcpus);

        Assert.Equal(vcpus, guest.Vcpus);
        Assert.Same(Other, guest.Vcpus!.Value.Location.Source);
        Assert.Same(Fleet, guest.Name.Location.Source);
    }

    [Fact]
    public void Guests_with_the_same_values_are_equal_and_a_flag_tells_them_apart()
    {
        var vcpus = new Located<int>(2, At(Fleet, 29, 1), false, At(Fleet, 23, 5));

        Assert.Equal(Guest(vcpus), Guest(vcpus));
        Assert.NotEqual(Guest(vcpus), Guest(vcpus with { IsDefault = true }));
    }

    [Fact]
    public void A_guest_that_writes_none_of_the_uncommon_values_reads_them_as_absent()
    {
        var guest = Guest(new Located<int>(2, At(Fleet, 29, 1)));

        Assert.Null(guest.Arch);
        Assert.Null(guest.CpuMode);
        Assert.Null(guest.PvDrivers);
        Assert.Null(guest.Backend);
    }

    private static GuestModel DomU(Located<bool>? pvDrivers, Located<Architecture>? arch = null) => new(
        GuestKind.DomU,
        new Located<string>("web", At(Fleet, 17, 3)),
        null,
        null,
        arch,
        null,
        null,
        ImmutableArray<DiskModel>.Empty,
        ImmutableArray<NicModel>.Empty,
        false,
        null,
        null,
        pvDrivers,
        null,
        null,
        At(Fleet, 11, 5));

    [Fact]
    public void A_domU_gives_back_its_pv_drivers_left_at_their_default_or_written()
    {
        var byDefault = new Located<bool>(false, At(Fleet, 11, 5), IsDefault: true, Entry: At(Fleet, 11, 5));
        var written = new Located<bool>(false, At(Fleet, 29, 5), IsDefault: false, Entry: At(Fleet, 23, 5));
        var arch = new Located<Architecture>(Architecture.Aarch64, At(Fleet, 29, 1));

        Assert.Equal(byDefault, DomU(byDefault).PvDrivers);
        Assert.Equal(byDefault, DomU(byDefault, arch).PvDrivers);
        Assert.Equal(written, DomU(written).PvDrivers);
        Assert.Null(DomU(null).PvDrivers);
        Assert.NotEqual(DomU(null), DomU(byDefault));
        Assert.Equal(DomU(byDefault), DomU(byDefault));
    }

    [Fact]
    public void A_guest_gives_back_its_nested_hypervisor_packed_or_not()
    {
        var nested = Nested(HypervisorKind.Kvm);

        Assert.Same(nested, Guest(new Located<int>(2, At(Fleet, 29, 1)), nested: nested).NestedHypervisor);
        Assert.Same(nested, Guest(new Located<int>(2, At(Other, 19, 1)), nested: nested).NestedHypervisor);
        Assert.Null(Guest(null).NestedHypervisor);
    }

    [Fact]
    public void Guests_that_differ_only_in_their_nested_hypervisor_are_not_equal()
    {
        Assert.Equal(Guest(null, nested: Nested(HypervisorKind.Kvm)), Guest(null, nested: Nested(HypervisorKind.Kvm)));
        Assert.NotEqual(Guest(null, nested: Nested(HypervisorKind.Kvm)), Guest(null, nested: Nested(HypervisorKind.Qemu)));
        Assert.NotEqual(Guest(null), Guest(null, nested: Nested(HypervisorKind.Kvm)));
    }

    [Fact]
    public void Guests_that_differ_only_in_an_uncommon_value_are_not_equal()
    {
        var mode = new Located<CpuMode>(CpuMode.HostModel, At(Fleet, 11, 5));

        Assert.Equal(Guest(null, mode), Guest(null, mode));
        Assert.NotEqual(Guest(null, mode), Guest(null, mode with { Value = CpuMode.HostPassthrough }));
        Assert.NotEqual(Guest(null), Guest(null, mode));
    }

    [Fact]
    public void A_nic_from_another_file_keeps_its_address_and_network()
    {
        var network = new Located<string>("lan", At(Other, 0, 3));
        var ip = new Located<ParsedText<System.Net.IPAddress>>(new ParsedText<System.Net.IPAddress>("10.0.0.1", System.Net.IPAddress.Parse("10.0.0.1"), string.Empty), At(Fleet, 0, 4));

        var nic = new NicModel(network, ip, null, At(Fleet, 11, 5));

        Assert.Equal(network, nic.Network);
        Assert.Equal(ip, nic.Ip);
    }

    private static Located<ParsedText<System.Net.IPAddress>> Address(string text, string? reads, string error = "") =>
        new(new ParsedText<System.Net.IPAddress>(text, reads is null ? null : System.Net.IPAddress.Parse(reads), error), At(Fleet, 30, text.Length + 2), false, At(Fleet, 27, 2));

    private static NicModel Nic(Located<ParsedText<System.Net.IPAddress>>? ip) =>
        new(new Located<string>("lan", At(Fleet, 17, 3)), ip, null, At(Fleet, 13, 3));

    [Fact]
    public void A_nic_address_written_as_it_prints_is_kept_as_its_bits_and_given_back_whole()
    {
        var ip = Address("10.0.1.20", "10.0.1.20");

        var nic = Nic(ip);

        Assert.True(nic.TryGetPackedIPv4(out var bits));
        Assert.Equal(0x0A000114u, bits);
        Assert.Equal(ip, nic.Ip);
        Assert.Equal(At(Fleet, 27, 2), nic.Ip!.Value.EntryLocation);
    }

    [Theory]
    [InlineData("10.0.1.020", "10.0.1.20", "")]
    [InlineData("2001:db8::1", "2001:db8::1", "")]
    [InlineData("10.0.1.300", null, "'300' is not an octet (0–255)")]
    public void A_nic_address_that_does_not_print_as_written_is_kept_as_written(string text, string? reads, string error)
    {
        var ip = Address(text, reads, error);

        var nic = Nic(ip);

        Assert.False(nic.TryGetPackedIPv4(out _));
        Assert.Equal(ip, nic.Ip);
        Assert.Equal(text, nic.Ip!.Value.Value.Text);
    }

    [Fact]
    public void A_nic_without_an_address_has_none()
    {
        var nic = Nic(null);

        Assert.False(nic.HasIp);
        Assert.Null(nic.Ip);
        Assert.False(nic.TryGetPackedIPv4(out _));
    }

    [Fact]
    public void Nics_that_differ_only_in_their_address_are_not_equal()
    {
        Assert.Equal(Nic(Address("10.0.1.20", "10.0.1.20")), Nic(Address("10.0.1.20", "10.0.1.20")));
        Assert.NotEqual(Nic(Address("10.0.1.20", "10.0.1.20")), Nic(Address("10.0.1.21", "10.0.1.21")));
    }

    [Fact]
    public void A_disk_gives_back_its_name_and_size()
    {
        var name = new Located<string>("root", At(Fleet, 0, 4));
        var size = new Located<long>(40L << 30, At(Fleet, 5, 6), false, At(Fleet, 0, 4));

        var disk = new DiskModel(name, size, DiskBus.Virtio, null, At(Fleet, 0, 4));

        Assert.Equal(name, disk.Name);
        Assert.Equal(size, disk.Size);
    }
}
