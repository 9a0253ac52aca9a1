using System;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Targets;

namespace TopoLang.Compiler.Emit;

/// <summary>
/// Everything a build writes for one topology, by what it is: the C# model, the plan, each
/// target's artifacts, and the Ansible inventory and playbook that run the plan, so that no
/// caller picks a file by its name.
/// </summary>
public sealed record EmitResult(GeneratedFile Code, EmittedPlan Plan, ImmutableArray<TargetArtifacts> Targets, ImmutableArray<GeneratedFile> Ansible)
{
    /// <summary>What goes into the topology's output folder: the plan, then every target's files and the Ansible files, ordered by path.</summary>
    public ImmutableArray<GeneratedFile> Artifacts =>
        Targets.SelectMany(target => target.Files)
            .Select(file => file.File)
            .Concat(Ansible)
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .Prepend(Plan.File)
            .ToImmutableArray();

    /// <summary>Every file, in the order a build writes them: the C# model, then <see cref="Artifacts"/>.</summary>
    public ImmutableArray<GeneratedFile> All => Artifacts.Insert(0, Code);
}
