using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>A file a target writes, with the placeholders written in it.</summary>
public sealed record TargetFile(GeneratedFile File, ImmutableArray<Placeholder> Placeholders)
{
    /// <summary>The files of writers that write no placeholder.</summary>
    public static IEnumerable<TargetFile> WithoutPlaceholders(TopologySemantics semantics, params IArtifactWriter[] writers) =>
        writers.SelectMany(writer => writer.Write(semantics)).Select(file => new TargetFile(file, ImmutableArray<Placeholder>.Empty));
}
