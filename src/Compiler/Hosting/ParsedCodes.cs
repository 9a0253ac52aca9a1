using System.Collections.Immutable;

namespace TopoLang.Compiler.Hosting;

/// <summary>The TopoLang diagnostic codes of a list, and what in it is not one, in the order written.</summary>
public sealed record ParsedCodes(ImmutableHashSet<string> Known, ImmutableArray<string> Unknown);
