using System.Collections.Immutable;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>What one target wrote for a topology, ordered by path.</summary>
public sealed record TargetArtifacts(TargetKind Target, ImmutableArray<TargetFile> Files);
