using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Bound;

/// <summary>A value after binding: typed, in exact units, with where it was written (for a default, the entry that owns it).</summary>
/// <remarks>
/// The values a fleet writes on every guest (ints, sizes, strings, words, references) are recycled with the
/// bound tree of their top-level entry (<see cref="BoundArena"/>): their setters are the binder's.
/// </remarks>
public abstract record BoundValue
{
    private protected BoundValue(SourceLocation location)
    {
        Location = location;
    }

    public SourceLocation Location { get; private protected set; }
}

public sealed record IntValue : BoundValue
{
    public IntValue(long value, SourceLocation location)
        : base(location)
    {
        Value = value;
    }

    public long Value { get; private set; }

    /// <summary>An empty value for <see cref="BoundArena"/> to fill.</summary>
    internal IntValue()
        : base(default(SourceLocation))
    {
    }

    internal IntValue Reuse(long value, SourceLocation location)
    {
        Value = value;
        Location = location;
        return this;
    }
}

public sealed record NumberValue(decimal Value, SourceLocation Location) : BoundValue(Location);

/// <summary>A size in exact bytes.</summary>
public sealed record SizeValue : BoundValue
{
    public SizeValue(long bytes, SourceLocation location)
        : base(location)
    {
        Bytes = bytes;
    }

    public long Bytes { get; private set; }

    /// <summary>An empty value for <see cref="BoundArena"/> to fill.</summary>
    internal SizeValue()
        : base(default(SourceLocation))
    {
    }

    internal SizeValue Reuse(long bytes, SourceLocation location)
    {
        Bytes = bytes;
        Location = location;
        return this;
    }
}

/// <summary>A percentage, duration (in <see cref="UnitInfo.Factor"/> units), frequency or amount of money.</summary>
public sealed record QuantityValue(decimal Number, UnitInfo Unit, SourceLocation Location) : BoundValue(Location)
{
    /// <summary>The value in the kind's base unit: milliseconds, Hz, bits/s; money and percent as written.</summary>
    public decimal BaseValue => Number * Unit.Factor;
}

public sealed record StringValue : BoundValue
{
    private string? _value;

    public StringValue(string value, SourceLocation location)
        : base(location)
    {
        _value = value;
    }

    /// <summary>An empty value for <see cref="BoundArena"/> to fill.</summary>
    internal StringValue()
        : base(default(SourceLocation))
    {
        _value = string.Empty;
    }

    /// <summary>The text; for a value kept in its source, made from it on first read.</summary>
    public string Value => _value ??= Location.Source.ToString(TextInSource);

    /// <summary>
    /// Whether the text was not made in binding: a plain string literal (<see cref="Schema.StringSpec.KeptInSource"/>)
    /// whose text is <see cref="TextInSource"/>, until something reads <see cref="Value"/>.
    /// </summary>
    internal bool IsKeptInSource => _value is null;

    /// <summary>The literal's text between its quotes.</summary>
    internal TextSpan TextInSource => new(Location.Span.Start + 1, Location.Span.Length - 2);

    public bool Equals(StringValue? other) => other is not null && base.Equals(other) && Value == other.Value;

    public override int GetHashCode() => System.HashCode.Combine(base.GetHashCode(), Value);

    /// <param name="value">The text; null for a plain literal at <paramref name="location"/> kept in its source.</param>
    internal StringValue Reuse(string? value, SourceLocation location)
    {
        _value = value;
        Location = location;
        return this;
    }

    /// <summary>A plain string literal at <paramref name="location"/> (its quotes included), its text made when first read.</summary>
    internal static StringValue KeptInSource(SourceLocation location) => new StringValue().Reuse(null, location);
}

public sealed record BoolValue(bool Value, SourceLocation Location) : BoundValue(Location);

/// <summary>An enum word, a declared name, a local name or a CPU flag.</summary>
public sealed record WordValue : BoundValue
{
    public WordValue(string word, SourceLocation location)
        : base(location)
    {
        Word = word;
    }

    public string Word { get; private set; }

    /// <summary>An empty value for <see cref="BoundArena"/> to fill.</summary>
    internal WordValue()
        : base(default(SourceLocation))
    {
        Word = string.Empty;
    }

    internal WordValue Reuse(string word, SourceLocation location)
    {
        Word = word;
        Location = location;
        return this;
    }
}

/// <summary>The name of an entity of <see cref="Kind"/>, resolved after every declaration is known.</summary>
public sealed record ReferenceValue : BoundValue
{
    public ReferenceValue(string name, EntityKind kind, SourceLocation location)
        : base(location)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; private set; }

    public EntityKind Kind { get; private set; }

    /// <summary>An empty reference for <see cref="BoundArena"/> to fill.</summary>
    internal ReferenceValue()
        : base(default(SourceLocation))
    {
        Name = string.Empty;
    }

    internal ReferenceValue Reuse(string name, EntityKind kind, SourceLocation location)
    {
        Name = name;
        Kind = kind;
        Location = location;
        return this;
    }
}

public sealed record ListValue(ImmutableArray<BoundValue> Items, SourceLocation Location) : BoundValue(Location)
{
    /// <summary>Some items were in error (already reported) and are left out of <see cref="Items"/>.</summary>
    public bool HasBadItems { get; init; }
}
