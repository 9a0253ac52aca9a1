using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>Every artifact writer in the compiler, found once by reflection, run in name order.</summary>
public static class ArtifactWriters
{
    public static readonly ImmutableArray<IArtifactWriter> All = typeof(ArtifactWriters).Assembly.GetTypes()
        .Where(type => typeof(IArtifactWriter).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (IArtifactWriter)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>Every artifact of the topology, ordered by path.</summary>
    public static ImmutableArray<GeneratedFile> WriteAll(TopologyModel model) =>
        All.SelectMany(writer => writer.Write(model))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .ToImmutableArray();
}
