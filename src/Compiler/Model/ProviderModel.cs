using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>A cloud offering: its platform, the scaling modes and services it offers, and its monthly fee.</summary>
public sealed record ProviderModel(
    Located<string> Name,
    Located<CloudPlatform>? Platform,
    ImmutableArray<ScalingMode> Scaling,
    ImmutableArray<string> Services,
    MoneyAmount? MonthlyFee,
    bool IsBuiltIn,
    SourceLocation Location)
{
    /// <summary>`scaling` or `services` (or an item of them) is in error: what the provider offers is unknown, so nothing is judged against it.</summary>
    public bool OfferingInError { get; init; }
}
