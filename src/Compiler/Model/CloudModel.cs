using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A cloud. <see cref="Platform"/> is the one written or, failing that, its provider's.
/// <see cref="Compute"/> lists the hosts of a private cloud.
/// </summary>
public sealed record CloudModel(
    Located<string> Name,
    Located<CloudPlatform>? Platform,
    Located<string>? Provider,
    string? Region,
    ImmutableArray<Located<string>> Compute,
    SourceLocation? ComputeLocation,
    QuotaModel? Quota,
    SourceLocation Location);
