using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>A guest's disk. Its located values are kept as spans in its file, as a guest's are (<see cref="GuestModel"/>).</summary>
public sealed record DiskModel
{
    private readonly SpanLocated<string> _name;
    private readonly SpanLocated<long> _size;
    private readonly Values? _unpacked;

    public DiskModel(Located<string> Name, Located<long>? Size, DiskBus Bus, DiskFormat? Format, SourceLocation Location)
    {
        this.Bus = Bus;
        this.Format = Format;
        this.Location = Location;
        var packed = SpanLocated<string>.TryPack(Name, Location.Source, out _name)
            & SpanLocated<long>.TryPack(Size, Location.Source, out _size);
        _unpacked = packed ? null : new Values(Name, Size);
    }

    public Located<string> Name => _unpacked?.Name ?? _name.Unpack(Location.Source)!.Value;

    public Located<long>? Size => _unpacked is { } values ? values.Size : _size.Unpack(Location.Source);

    public DiskBus Bus { get; }

    public DiskFormat? Format { get; }

    public SourceLocation Location { get; }

    /// <summary>The located values as given, for a disk with a value from another file.</summary>
    private sealed record Values(Located<string> Name, Located<long>? Size);
}
