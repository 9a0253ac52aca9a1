using System.Net;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A guest's network interface: the network it joins, its address, its device model. Its
/// located values are kept as spans in its file, as a guest's are (<see cref="GuestModel"/>).
/// </summary>
public sealed record NicModel
{
    private readonly SpanLocated<string> _network;
    private readonly SpanLocated<ParsedText<IPAddress>> _ip;
    private readonly Values? _unpacked;

    public NicModel(Located<string> Network, Located<ParsedText<IPAddress>>? Ip, NicDeviceModel? DeviceModel, SourceLocation Location)
    {
        this.DeviceModel = DeviceModel;
        this.Location = Location;
        var packed = SpanLocated<string>.TryPack(Network, Location.Source, out _network)
            & SpanLocated<ParsedText<IPAddress>>.TryPack(Ip, Location.Source, out _ip);
        _unpacked = packed ? null : new Values(Network, Ip);
    }

    public Located<string> Network => _unpacked?.Network ?? _network.Unpack(Location.Source)!.Value;

    public Located<ParsedText<IPAddress>>? Ip => _unpacked is { } values ? values.Ip : _ip.Unpack(Location.Source);

    public NicDeviceModel? DeviceModel { get; }

    public SourceLocation Location { get; }

    /// <summary>The located values as given, for a nic with a value from another file.</summary>
    private sealed record Values(Located<string> Network, Located<ParsedText<IPAddress>>? Ip);
}
