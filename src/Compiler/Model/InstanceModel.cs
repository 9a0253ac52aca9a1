using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

public sealed record InstanceModel(
    Located<string> Name,
    string? Image,
    FlavorModel? Flavor,
    Located<int> Count,
    Located<string>? Network,
    ScaleOutModel? ScaleOut,
    ScaleUpModel? ScaleUp,
    SourceLocation Location)
{
    /// <summary>`count` or a scale out bound is in error: the instance's largest shape is unknown.</summary>
    public bool ShapeInError { get; init; }

    /// <summary>How many at most: max(count, scale out max) (docs/reference.md, quotas and fits).</summary>
    public int LargestCount => ScaleOut?.Max is { } max && max.Value > Count.Value ? max.Value : Count.Value;

    /// <summary>vCPUs of one instance at its largest shape: scale up's max where given.</summary>
    public int? LargestVcpus => ScaleUp?.MaxVcpus?.Value ?? Flavor?.Vcpus?.Value;

    /// <summary>Memory of one instance at its largest shape.</summary>
    public long? LargestMemory => ScaleUp?.MaxMemory?.Value ?? Flavor?.Memory?.Value;
}
