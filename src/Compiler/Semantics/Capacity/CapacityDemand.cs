using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Semantics.Capacity;

/// <summary>
/// One thing on a host that takes memory and vCPUs: a guest, a domU, dom0 or a driver domain.
/// Amounts are null where missing or in error; such a part counts as nothing.
/// </summary>
public readonly record struct CapacityDemand(string Kind, string? Name, SourceLocation Location, long? Memory, int? Vcpus)
{
    /// <summary>"guest 'db'", "domU 'web'", "dom0".</summary>
    public string Describe() => Name is null ? Kind : $"{Kind} '{Name}'";
}
