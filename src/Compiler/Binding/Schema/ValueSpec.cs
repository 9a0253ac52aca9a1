using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Values;

namespace TopoLang.Compiler.Binding.Schema;

/// <summary>What one value of an entry must be. <see cref="Description"/> completes "expected ...".</summary>
public abstract record ValueSpec(string Description);

/// <summary>A whole number within [Min, Max].</summary>
public sealed record IntSpec(long Min, long Max, string Description = "a whole number") : ValueSpec(Description);

/// <summary>A number (ratios): greater than <paramref name="GreaterThan"/>.</summary>
public sealed record NumberSpec(decimal GreaterThan, string Description = "a number") : ValueSpec(Description);

/// <summary>A number with a unit of the given kind; sizes become exact bytes.</summary>
public sealed record QuantitySpec(UnitKind Kind, decimal Min, decimal Max, string Description) : ValueSpec(Description);

/// <summary>A quoted string, interpolated.</summary>
public sealed record StringSpec(string Description = "a string") : ValueSpec(Description)
{
    /// <summary>
    /// A plain string (no escape, no interpolation) is bound without its text, which is made when
    /// first read (<see cref="Bound.StringValue.IsKeptInSource"/>): for a value nearly always read
    /// into something else, such as a nic's address into its 32 bits.
    /// </summary>
    public bool KeptInSource { get; init; }
}

/// <summary>A version or distribution: a string, or a bare word.</summary>
public sealed record TextSpec(string Description) : ValueSpec(Description);

public sealed record BoolSpec() : ValueSpec("true or false");

/// <summary>One word of a fixed set (case-sensitive).</summary>
public sealed record EnumSpec(ImmutableArray<string> Words) : ValueSpec("one of " + string.Join(", ", Words));

/// <summary>The name this entry declares: an identifier, or a string that is one after interpolation. Kind null: a local name (a disk), not in the topology's namespace.</summary>
public sealed record NameSpec(EntityKind? Kind) : ValueSpec("a name");

/// <summary>The name of something declared elsewhere, of the given kind.</summary>
public sealed record ReferenceSpec(EntityKind Kind) : ValueSpec("the name of " + Kind.WithArticle());

/// <summary>A CPU flag word; words in no vendor's table are TOPO1009 warnings, not errors.</summary>
public sealed record CpuFlagSpec() : ValueSpec("a CPU flag");

/// <summary>`[a, b, c]` of one element kind.</summary>
public sealed record ListSpec(ValueSpec Element) : ValueSpec("a list [...] of " + Element.Description);
