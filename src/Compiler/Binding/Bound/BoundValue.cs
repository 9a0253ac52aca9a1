using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Bound;

/// <summary>A value after binding: typed, in exact units, with where it was written (for a default, the entry that owns it).</summary>
public abstract record BoundValue(SourceLocation Location);

public sealed record IntValue(long Value, SourceLocation Location) : BoundValue(Location);

public sealed record NumberValue(decimal Value, SourceLocation Location) : BoundValue(Location);

/// <summary>A size in exact bytes.</summary>
public sealed record SizeValue(long Bytes, SourceLocation Location) : BoundValue(Location);

/// <summary>A percentage, duration (in <see cref="UnitInfo.Factor"/> units), frequency or amount of money.</summary>
public sealed record QuantityValue(decimal Number, UnitInfo Unit, SourceLocation Location) : BoundValue(Location)
{
    /// <summary>The value in the kind's base unit: milliseconds, Hz, bits/s; money and percent as written.</summary>
    public decimal BaseValue => Number * Unit.Factor;
}

public sealed record StringValue(string Value, SourceLocation Location) : BoundValue(Location);

public sealed record BoolValue(bool Value, SourceLocation Location) : BoundValue(Location);

/// <summary>An enum word, a declared name, a local name or a CPU flag.</summary>
public sealed record WordValue(string Word, SourceLocation Location) : BoundValue(Location);

/// <summary>The name of an entity of <see cref="Kind"/>, resolved after every declaration is known.</summary>
public sealed record ReferenceValue(string Name, EntityKind Kind, SourceLocation Location) : BoundValue(Location);

public sealed record ListValue(ImmutableArray<BoundValue> Items, SourceLocation Location) : BoundValue(Location)
{
    /// <summary>Some items were in error (already reported) and are left out of <see cref="Items"/>.</summary>
    public bool HasBadItems { get; init; }
}
