using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>Dom0 or a driver domain: privileged domains that serve the backends (`net`, `block`) of domUs.</summary>
public sealed record XenDomainModel(
    string Name,
    bool IsDom0,
    Located<int>? Vcpus,
    Located<long>? Memory,
    ImmutableArray<XenBackend> Backends,
    SourceLocation Location)
{
    /// <summary>`backends` was written but it, or an item of it, is in error (already reported): what it serves is unknown.</summary>
    public bool BackendsInError { get; init; }

    public bool Serves(XenBackend backend) => Backends.Contains(backend);
}
