using System;
using System.Net;
using System.Net.Sockets;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A guest's network interface: the network it joins, its address, its device model. Its
/// located values are kept as spans in its file, as a guest's are (<see cref="GuestModel"/>).
/// </summary>
/// <remarks>
/// A fleet has a nic per guest, alive to the end of the compilation. An IPv4 address written the
/// way it prints (`10.0.1.20`, the common case) is kept as its 32 bits: its text and its
/// <see cref="IPAddress"/> are made again when <see cref="Ip"/> is read, rather than kept, an
/// object and a string less a nic. Any other address (IPv6, one in error, `10.0.1.020`) keeps the
/// nic in its plain form, with the text as written.
/// </remarks>
public sealed record NicModel
{
    private readonly SpanLocated<string> _network;
    private readonly SpanLocated<uint> _ipv4;
    private readonly Values? _unpacked;

    public NicModel(Located<string> Network, Located<ParsedText<IPAddress>>? Ip, NicDeviceModel? DeviceModel, SourceLocation Location)
    {
        this.DeviceModel = DeviceModel;
        this.Location = Location;
        var packed = SpanLocated<string>.TryPack(Network, Location.Source, out _network)
            && (Ip is null || TryPackAddress(Ip.Value, Location.Source, out _ipv4));
        _unpacked = packed ? null : new Values(Network, Ip);
    }

    private NicModel(SpanLocated<string> network, SpanLocated<uint> ipv4, NicDeviceModel? deviceModel, SourceLocation location)
    {
        _network = network;
        _ipv4 = ipv4;
        DeviceModel = deviceModel;
        Location = location;
    }

    public Located<string> Network => _unpacked?.Network ?? _network.Unpack(Location.Source)!.Value;

    /// <summary>The address as written and as read; made anew on each read of a packed nic (see remarks).</summary>
    public Located<ParsedText<IPAddress>>? Ip => _unpacked is { } values ? values.Ip : _ipv4.Unpack(Location.Source)?.Select(Address);

    public NicDeviceModel? DeviceModel { get; }

    public SourceLocation Location { get; }

    /// <summary>The address as written, without the address object and location <see cref="Ip"/> makes for a packed nic (the emitters write it for each of a fleet's nics).</summary>
    public string? IpText => _unpacked is { } values ? values.Ip?.Value.Text : _ipv4.HasValue ? IpAddressBits.IPv4Text(_ipv4.Value) : null;

    /// <summary>
    /// <see cref="IpText"/> without making a string of a packed address: its text is put into
    /// <paramref name="scratch"/> (<see cref="IpAddressBits.MaxIPv4Length"/> chars); empty without an `ip`.
    /// </summary>
    internal ReadOnlySpan<char> IpTextIn(Span<char> scratch) =>
        _unpacked is { } values ? values.Ip?.Value.Text : _ipv4.HasValue ? scratch[..IpAddressBits.FormatIPv4(_ipv4.Value, scratch)] : default;

    /// <summary>Whether an `ip` is written, without making its text.</summary>
    internal bool HasIp => _unpacked is { } values ? values.Ip is not null : _ipv4.HasValue;

    /// <summary>The address's 32 bits, when it is a valid IPv4 address kept packed; the rules read it without making its text.</summary>
    internal bool TryGetPackedIPv4(out uint address)
    {
        address = _ipv4.Value;
        return _unpacked is null && _ipv4.HasValue;
    }

    /// <summary>A nic whose `ip` is a valid IPv4 address, read into its bits (binding's way: no address object made to be packed).</summary>
    internal static NicModel WithIPv4(Located<string> network, Located<uint> ipv4, NicDeviceModel? deviceModel, SourceLocation location) =>
        SpanLocated<string>.TryPack(network, location.Source, out var packedNetwork) && SpanLocated<uint>.TryPack(ipv4, location.Source, out var packedAddress)
            ? new NicModel(packedNetwork, packedAddress, deviceModel, location)
            : new NicModel(network, ipv4.Select(Address), deviceModel, location);

    private static bool TryPackAddress(Located<ParsedText<IPAddress>> ip, SourceText source, out SpanLocated<uint> packed)
    {
        packed = default;
        var parsed = ip.Value;
        if (parsed.Value is not { AddressFamily: AddressFamily.InterNetwork } address || !parsed.IsValid)
        {
            return false;
        }

        var bits = (uint)IpAddressBits.ToNumber(address);
        return PrintsAs(address, parsed.Text) && SpanLocated<uint>.TryPack(ip.WithValue(bits), source, out packed);
    }

    /// <summary>Whether <paramref name="text"/> is how the address prints, so that printing it gives back the text.</summary>
    private static bool PrintsAs(IPAddress address, string text)
    {
        Span<char> printed = stackalloc char[15];
        return address.TryFormat(printed, out var length) && printed[..length].SequenceEqual(text);
    }

    private static ParsedText<IPAddress> Address(uint bits)
    {
        var address = IpAddressBits.ToAddress(bits, isIPv6: false);
        return new ParsedText<IPAddress>(address.ToString(), address, string.Empty);
    }

    /// <summary>The located values as given: a nic with a value from another file, or an address not kept packed.</summary>
    private sealed record Values(Located<string> Network, Located<ParsedText<IPAddress>>? Ip);
}
