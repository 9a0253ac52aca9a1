using System;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Targets;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// Everything a build writes for one topology, by what it is: the C# model, the plan, and each
/// target's artifacts, so that no caller picks a file by its name.
/// </summary>
public sealed record EmitResult(GeneratedFile Code, EmittedPlan Plan, ImmutableArray<TargetArtifacts> Targets)
{
    /// <summary>What goes into the topology's output folder: the plan, then every target's files ordered by path.</summary>
    public ImmutableArray<GeneratedFile> Artifacts =>
        Targets.SelectMany(target => target.Files)
            .Select(file => file.File)
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .Prepend(Plan.File)
            .ToImmutableArray();

    /// <summary>Every file, in the order a build writes them: the C# model, then <see cref="Artifacts"/>.</summary>
    public ImmutableArray<GeneratedFile> All => Artifacts.Insert(0, Code);
}
