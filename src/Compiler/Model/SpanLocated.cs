using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A <see cref="Located{T}"/> (or its absence) kept without its source text: the record that
/// holds it knows the source, because everything in it was written in one file. Half the size of
/// a nullable <see cref="Located{T}"/>, which matters in the records a fleet has 100,000 of.
/// </summary>
internal readonly struct SpanLocated<T> : System.IEquatable<SpanLocated<T>>
{
    private readonly T _value;
    private readonly TextSpan _span;
    private readonly TextSpan _entry;
    private readonly Flags _flags;

    private SpanLocated(T value, TextSpan span, TextSpan entry, Flags flags)
    {
        _value = value;
        _span = span;
        _entry = entry;
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

        var flags = Flags.HasValue
            | (value.IsDefault ? Flags.IsDefault : Flags.None)
            | (value.InError ? Flags.InError : Flags.None)
            | (hasEntry ? Flags.HasEntry : Flags.None);
        packed = new SpanLocated<T>(value.Value, value.Location.Span, hasEntry ? value.Entry.Span : default, flags);
        return true;
    }

    /// <summary>Whether a value is kept (false for an absent one).</summary>
    public bool HasValue => (_flags & Flags.HasValue) != 0;

    // The records that hold these compare by value; without this, a struct compares by reflection.
    public bool Equals(SpanLocated<T> other) =>
        System.Collections.Generic.EqualityComparer<T>.Default.Equals(_value, other._value)
        && _span == other._span
        && _entry == other._entry
        && _flags == other._flags;

    public override bool Equals(object? obj) => obj is SpanLocated<T> other && Equals(other);

    public override int GetHashCode() => System.HashCode.Combine(_value, _span, _entry, _flags);

    public Located<T>? Unpack(SourceText source) =>
        (_flags & Flags.HasValue) == 0
            ? null
            : new Located<T>(
                _value,
                new SourceLocation(source, _span),
                (_flags & Flags.IsDefault) != 0,
                (_flags & Flags.HasEntry) != 0 ? new SourceLocation(source, _entry) : default)
            {
                InError = (_flags & Flags.InError) != 0,
            };
}
