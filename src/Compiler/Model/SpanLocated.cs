using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A <see cref="Located{T}"/> (or its absence) kept without its source text: the record that
/// holds it knows the source, because everything in it was written in one file. Half the size of
/// a nullable <see cref="Located{T}"/>, which matters in the records a fleet has 100,000 of.
/// </summary>
/// <remarks>
/// The entry's word (`memory` in `memory 4 GiB`) is kept as how far before the value it starts
/// and how long it is, not as a second span: it is a short word a few characters before its
/// value (or the value's own place, for a default). One that is not is not packed at all, and
/// its record keeps its values in their plain form.
/// </remarks>
internal readonly struct SpanLocated<T> : System.IEquatable<SpanLocated<T>>
{
    private readonly T _value;
    private readonly TextSpan _span;
    private readonly ushort _entryBefore;
    private readonly byte _entryLength;
    private readonly Flags _flags;

    private SpanLocated(T value, TextSpan span, ushort entryBefore, byte entryLength, Flags flags)
    {
        _value = value;
        _span = span;
        _entryBefore = entryBefore;
        _entryLength = entryLength;
        _flags = flags;
    }

    [System.Flags]
    private enum Flags : byte
    {
        None = 0,
        HasValue = 1,
        IsDefault = 2,
        InError = 4,
        HasEntry = 8,
    }

    /// <summary>Packs <paramref name="located"/> when it (and its entry) are in <paramref name="source"/>; false when they are not.</summary>
    public static bool TryPack(Located<T>? located, SourceText source, out SpanLocated<T> packed)
    {
        packed = default;
        if (located is not { } value)
        {
            return true;
        }

        var hasEntry = value.Entry.Source is not null;
        if (!ReferenceEquals(value.Location.Source, source) || (hasEntry && !ReferenceEquals(value.Entry.Source, source)))
        {
            return false;
        }

        var before = hasEntry ? value.Location.Span.Start - value.Entry.Span.Start : 0;
        var length = hasEntry ? value.Entry.Span.Length : 0;
        if (before is < 0 or > ushort.MaxValue || length > byte.MaxValue)
        {
            return false;
        }

        var flags = Flags.HasValue
            | (value.IsDefault ? Flags.IsDefault : Flags.None)
            | (value.InError ? Flags.InError : Flags.None)
            | (hasEntry ? Flags.HasEntry : Flags.None);
        packed = new SpanLocated<T>(value.Value, value.Location.Span, (ushort)before, (byte)length, flags);
        return true;
    }

    /// <summary>Whether a value is kept (false for an absent one).</summary>
    public bool HasValue => (_flags & Flags.HasValue) != 0;

    /// <summary>The value without its place; the type's default for an absent one.</summary>
    public T Value => _value;

    // The records that hold these compare by value; without this, a struct compares by reflection.
    public bool Equals(SpanLocated<T> other) =>
        System.Collections.Generic.EqualityComparer<T>.Default.Equals(_value, other._value)
        && _span == other._span
        && _entryBefore == other._entryBefore
        && _entryLength == other._entryLength
        && _flags == other._flags;

    public override bool Equals(object? obj) => obj is SpanLocated<T> other && Equals(other);

    public override int GetHashCode() => System.HashCode.Combine(_value, _span, _entryBefore, _entryLength, _flags);

    public Located<T>? Unpack(SourceText source) =>
        (_flags & Flags.HasValue) == 0
            ? null
            : new Located<T>(
                _value,
                new SourceLocation(source, _span),
                (_flags & Flags.IsDefault) != 0,
                (_flags & Flags.HasEntry) != 0 ? new SourceLocation(source, new TextSpan(_span.Start - _entryBefore, _entryLength)) : default)
            {
                InError = (_flags & Flags.InError) != 0,
            };
}
