using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>A host's CPU. Counts are null when missing or in error (already reported).</summary>
public sealed record CpuModel(
    Located<CpuVendor> Vendor,
    string? ModelName,
    Located<int>? Sockets,
    Located<int>? Cores,
    Located<int>? ThreadsPerCore,
    ImmutableArray<Located<string>> Features,
    SourceLocation Location)
{
    /// <summary>sockets × cores × threads, or null when one of them is unknown.</summary>
    public long? LogicalThreads =>
        Sockets is { } s && Cores is { } c && ThreadsPerCore is { } t ? (long)s.Value * c.Value * t.Value : null;

    /// <summary>`features` was written but it, or a flag in it, is in error (already reported): what it lacks is unknown.</summary>
    public bool FeaturesInError { get; init; }

    public bool HasFeature(string flag)
    {
        foreach (var feature in Features)
        {
            if (feature.Value == flag)
            {
                return true;
            }
        }

        return false;
    }
}
