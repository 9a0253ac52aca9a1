using System.Collections.Immutable;

namespace TopoLang.Compiler.Hosting;

/// <summary>The params given as `NAME=VALUE` texts, and the texts that were not assignments, in the order given.</summary>
public sealed record ParsedParameters(ImmutableDictionary<string, string> Parameters, ImmutableArray<string> Malformed);
